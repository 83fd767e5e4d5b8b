using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;

namespace NewsBot.Sandbox.Control;

/// <summary>
/// A modal submit's <c>data</c> from the shown modal and a member's values, checked as Discord checks them: every
/// required input filled (inputs are required unless <c>required: false</c>), each value within its min/max length (and
/// 4,000), and no value for an input the modal does not have.
/// </summary>
internal static class ModalSubmission
{
    private const int MaxLength = 4000;

    /// <summary>The submit's data, or null when the values would be refused (see <see cref="Problem"/>).</summary>
    public static JsonObject? Build(JsonObject modal, IReadOnlyDictionary<string, string> values) =>
        Problem(modal, values).Length == 0 ? Data(modal, values) : null;

    /// <summary>Why the values are refused, as Discord's invalid-form errors; empty when they are fine.</summary>
    public static string Problem(JsonObject modal, IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var rows = modal["components"] as JsonArray ?? [];
        for (var r = 0; r < rows.Count; r++)
        {
            if (ComponentValidator.InputOf(rows[r] as JsonObject, out var labelled) is not { } input)
                continue;
            var customId = input["custom_id"]?.ToString() ?? "";
            known.Add(customId);
            var value = values.TryGetValue(customId, out var given) ? given : "";
            var required = input["required"] is not JsonValue req || !req.TryGetValue<bool>(out var flag) || flag;
            var min = Int(input["min_length"]) ?? 0;
            var max = Math.Min(Int(input["max_length"]) ?? MaxLength, MaxLength);
            var path = labelled ? $"data.components.{r}.component.value" : $"data.components.{r}.components.0.value";
            if (value.Length == 0 && required)
                problems.Add($"{path}: BASE_TYPE_REQUIRED (this field is required)");
            else if (value.Length > 0 && (value.Length < min || value.Length > max))
                problems.Add($"{path}: BASE_TYPE_BAD_LENGTH (must be between {min} and {max} in length)");
        }
        foreach (var unknown in values.Keys.Where(k => !known.Contains(k)))
            problems.Add($"data: COMPONENT_VALIDATION_FAILED (the modal has no input '{unknown}')");
        return problems.Count == 0 ? "" : "Invalid Form Body: " + string.Join("; ", problems);
    }

    /// <summary>{custom_id, components: rows as shown, each input reduced to type, id, custom_id and value}.</summary>
    private static JsonObject Data(JsonObject modal, IReadOnlyDictionary<string, string> values)
    {
        var rows = new JsonArray();
        var shown = modal["components"] as JsonArray ?? [];
        var nextId = 1;
        foreach (var node in shown)
        {
            if (ComponentValidator.InputOf(node as JsonObject, out var labelled) is not { } input)
                continue;
            var rowId = Int(node!["id"]) ?? nextId;
            var inputId = Int(input["id"]) ?? rowId + 1;
            nextId = Math.Max(rowId, inputId) + 1;
            var customId = input["custom_id"]?.ToString() ?? "";
            var submitted = new JsonObject
            {
                ["type"] = 4,
                ["id"] = inputId,
                ["custom_id"] = customId,
                ["value"] = values.TryGetValue(customId, out var value) ? value : "",
            };
            JsonNode row = labelled
                ? new JsonObject { ["type"] = 18, ["id"] = rowId, ["component"] = submitted }
                : new JsonObject { ["type"] = 1, ["id"] = rowId, ["components"] = new JsonArray(submitted) };
            rows.Add(row);
        }
        return new JsonObject { ["custom_id"] = modal["custom_id"]?.DeepClone(), ["components"] = rows };
    }

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
}
