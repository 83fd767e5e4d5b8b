using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Tests.Support;

/// <summary>
/// A small checker of JSON values against the schemas of Discord's OpenAPI description
/// (shared/discord/openapi.json beside the repository): required properties present, types right.
/// </summary>
internal sealed class OpenApiSchemas
{
    private static readonly Lazy<OpenApiSchemas?> Shared = new(() => Locate() is { } path ? new OpenApiSchemas(path) : null);
    private readonly JsonObject _schemas;

    private OpenApiSchemas(string path) =>
        _schemas = JsonNode.Parse(File.ReadAllText(path))!["components"]!["schemas"]!.AsObject();

    public static OpenApiSchemas? Instance => Shared.Value;

    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "discord", "openapi.json"), Path.Combine(dir.FullName, "..", "shared", "discord", "openapi.json") })
            {
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
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

/// <summary>A fact that is skipped when Discord's OpenAPI file is not beside the repository.</summary>
internal sealed class OpenApiFactAttribute : FactAttribute
{
    public OpenApiFactAttribute()
    {
        if (OpenApiSchemas.Locate() is null)
            Skip = "shared/discord/openapi.json not found beside the repository";
    }
}
