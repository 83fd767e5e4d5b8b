using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Discord.Tests.Support;

/// <summary>
/// A small JSON-schema checker over the schemas of Discord's OpenAPI file (a subset copied into OpenApi/):
/// known property names, required properties, types, enums, lengths and item counts, $ref/oneOf/anyOf/allOf.
/// </summary>
internal static class OpenApiSchemaChecker
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OpenApi", "discord-openapi-subset.json")))!["components"]!["schemas"]!.AsObject());

    public static IReadOnlyList<string> Check(JsonNode? value, string schemaName)
    {
        var errors = new List<string>();
        Validate(value, Schemas.Value[schemaName]!.AsObject(), "$", errors);
        return errors;
    }

    private static void Validate(JsonNode? value, JsonObject schema, string path, List<string> errors)
    {
        if (schema["$ref"] is { } reference)
        {
            Validate(value, Schemas.Value[reference.GetValue<string>().Split('/')[^1]]!.AsObject(), path, errors);
            return;
        }
        var kind = KindOf(value);
        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Contains(kind) && !(kind == "integer" && allowed.Contains("number")))
            {
                errors.Add($"{path}: is {kind}, schema wants {string.Join("/", allowed)}");
                return;
            }
        }
        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not {constant.ToJsonString()}");
            return;
        }
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all)
                Validate(value, part!.AsObject(), path, errors);
        }
        foreach (var key in new[] { "oneOf", "anyOf" })
        {
            if (schema[key] is JsonArray branches)
            {
                var results = branches.Select(b => { var e = new List<string>(); Validate(value, b!.AsObject(), path, e); return e; }).ToList();
                if (!results.Any(r => r.Count == 0))
                    errors.Add($"{path}: matches none of {key}: " + string.Join(" | ", results.Select(r => r.FirstOrDefault())));
                return;
            }
        }
        if (schema["enum"] is JsonArray options && value is not null && !options.Any(o => JsonNode.DeepEquals(o, value)))
            errors.Add($"{path}: {value.ToJsonString()} is not one of {options.ToJsonString()}");
        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, errors);
                break;
            case JsonArray array:
                if (schema["maxItems"] is { } maxItems && array.Count > maxItems.GetValue<int>())
                    errors.Add($"{path}: {array.Count} items, max {maxItems}");
                if (schema["minItems"] is { } minItems && array.Count < minItems.GetValue<int>())
                    errors.Add($"{path}: {array.Count} items, min {minItems}");
                if (schema["items"] is JsonObject items)
                {
                    for (var i = 0; i < array.Count; i++)
                        Validate(array[i], items, $"{path}[{i}]", errors);
                }
                break;
            case JsonValue scalar when kind == "string":
                var text = scalar.GetValue<string>();
                if (schema["maxLength"] is { } maxLength && text.Length > maxLength.GetValue<int>())
                    errors.Add($"{path}: length {text.Length}, max {maxLength}");
                if (schema["minLength"] is { } minLength && text.Length < minLength.GetValue<int>())
                    errors.Add($"{path}: length {text.Length}, min {minLength}");
                if (schema["format"]?.GetValue<string>() == "date-time" && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out _))
                    errors.Add($"{path}: '{text}' is not a date-time");
                if (schema["pattern"] is { } pattern && !System.Text.RegularExpressions.Regex.IsMatch(text, pattern.GetValue<string>()))
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                break;
        }
    }

    private static void CheckObject(JsonObject obj, JsonObject schema, string path, List<string> errors)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var (name, child) in obj)
        {
            if (properties?[name] is JsonObject propertySchema)
                Validate(child, propertySchema, $"{path}.{name}", errors);
            else if (schema["additionalProperties"] is JsonObject extra)
                Validate(child, extra, $"{path}.{name}", errors);
            else if (properties is not null)
                errors.Add($"{path}: unknown property '{name}'");
        }
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()))
            {
                if (!obj.ContainsKey(name))
                    errors.Add($"{path}: required property '{name}' missing");
            }
        }
    }

    private static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => v.ToJsonString().Contains('.', StringComparison.Ordinal) || v.ToJsonString().Contains('e', StringComparison.OrdinalIgnoreCase) ? "number" : "integer",
            _ => "null",
        },
        _ => "unknown",
    };
}
