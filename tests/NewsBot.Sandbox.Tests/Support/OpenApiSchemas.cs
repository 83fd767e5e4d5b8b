using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Tests.Support;

/// <summary>
/// A small checker of JSON values against the schemas of Discord's OpenAPI description (kept in the repository at
/// tests/NewsBot.Discord.Tests/OpenApi/openapi.json, copied beside the tests): required properties present, types right.
/// A missing file fails the tests that need it.
/// </summary>
internal sealed class OpenApiSchemas
{
    private static readonly Lazy<OpenApiSchemas> Shared = new(() => new OpenApiSchemas(Locate()));
    private readonly JsonObject _schemas;

    private OpenApiSchemas(string path) =>
        _schemas = JsonNode.Parse(File.ReadAllText(path))!["components"]!["schemas"]!.AsObject();

    public static OpenApiSchemas Instance => Shared.Value;

    public static string Locate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OpenApi", "openapi.json");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                "Discord's OpenAPI description is missing beside the tests; it belongs in tests/NewsBot.Discord.Tests/OpenApi/openapi.json.", path);
    }

    public IReadOnlyList<string> Check(JsonNode? value, string schemaName)
    {
        var errors = new List<string>();
        Check(value, _schemas[schemaName]!.AsObject(), "$", errors, 0);
        return errors;
    }

    private void Check(JsonNode? value, JsonObject schema, string path, List<string> errors, int depth)
    {
        if (depth > 12)
            return;
        if (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            Check(value, _schemas[name]!.AsObject(), path, errors, depth + 1);
            return;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf" })
        {
            if (schema[combinator] is JsonArray options)
            {
                var fits = options.Any(option =>
                {
                    var trial = new List<string>();
                    Check(value, option!.AsObject(), path, trial, depth + 1);
                    return trial.Count == 0;
                });
                if (!fits)
                    errors.Add($"{path}: matches none of {combinator}");
                return;
            }
        }
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all)
                Check(value, part!.AsObject(), path, errors, depth + 1);
        }
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };
        if (types.Count == 0)
            return;
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var actual = kind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => value!.AsValue().TryGetValue<long>(out _) ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        };
        if (!types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
        {
            errors.Add($"{path}: expected {string.Join("|", types)}, got {actual}");
            return;
        }
        if (value is JsonObject obj)
        {
            if (schema["required"] is JsonArray required)
            {
                foreach (var name in required.Select(r => r!.GetValue<string>()).Where(name => !obj.ContainsKey(name)))
                    errors.Add($"{path}.{name}: required but missing");
            }
            if (schema["properties"] is JsonObject properties)
            {
                foreach (var (name, propertySchema) in properties)
                {
                    if (obj.TryGetPropertyValue(name, out var propertyValue))
                        Check(propertyValue, propertySchema!.AsObject(), $"{path}.{name}", errors, depth + 1);
                }
            }
        }
        else if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
                Check(array[i], items, $"{path}[{i}]", errors, depth + 1);
        }
    }
}
