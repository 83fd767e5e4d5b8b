using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// Checks message components (action rows of buttons or one select) and modals (rows of one text input, or labels
/// holding one) the way Discord's component reference states, reporting errors at Discord's paths
/// (<c>components.0.components.1.custom_id</c>).
/// </summary>
internal static class ComponentValidator
{
    private const int MaxRows = 5;
    private const int MaxButtonsPerRow = 5;
    private const int MaxCustomId = 100;
    private const int MaxLabel = 80;
    private const int MaxUrl = 512;
    private const int MaxModalTitle = 45;
    private const int MaxInputLabel = 45;
    private const int MaxInputLength = 4000;
    private const int MaxPlaceholder = 100;

    /// <summary>A message's <c>components</c> (legacy layout: top-level action rows).</summary>
    public static void ValidateMessage(JsonNode node, FormErrors errors)
    {
        if (node is not JsonArray rows)
        {
            errors.Add("components", "BASE_TYPE_ARRAY", "Value must be an array.");
            return;
        }
        if (rows.Count > MaxRows)
            errors.Add("components", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxRows} or fewer in length.");
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var path = $"components.{r}";
            if (rows[r] is not JsonObject row)
            {
                errors.Add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }
            if (TypeOf(row) != 1)
            {
                errors.Add($"{path}.type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).");
                continue;
            }
            if (row["components"] is not JsonArray children || children.Count == 0)
            {
                errors.Add($"{path}.components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
                continue;
            }
            var hasSelect = children.OfType<JsonObject>().Any(c => TypeOf(c) is 3 or 5 or 6 or 7 or 8);
            var width = hasSelect ? 1 : MaxButtonsPerRow;
            for (var c = 0; c < children.Count; c++)
            {
                var childPath = $"{path}.components.{c}";
                if (c >= width)
                {
                    errors.Add(childPath, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width");
                    continue;
                }
                if (children[c] is not JsonObject child)
                {
                    errors.Add(childPath, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                    continue;
                }
                switch (TypeOf(child))
                {
                    case 2:
                        ValidateButton(child, childPath, errors);
                        break;
                    case 3 or 5 or 6 or 7 or 8:
                        errors.Length($"{childPath}.custom_id", child["custom_id"], 1, MaxCustomId, required: true);
                        break;
                    default:
                        errors.Add($"{childPath}.type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (2, 3, 5, 6, 7, 8).");
                        continue;
                }
                if (Text(child["custom_id"]) is { Length: > 0 } customId && !customIds.Add(customId))
                    errors.Add($"{childPath}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id was already specified");
            }
        }
    }

    private static void ValidateButton(JsonObject button, string path, FormErrors errors)
    {
        var style = button["style"] is JsonValue s && s.TryGetValue<int>(out var n) ? n : 0;
        if (style is < 1 or > 5)
        {
            errors.Add($"{path}.style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5}.");
            return;
        }
        errors.Length($"{path}.label", MessageValidator.NullIfJsonNull(button["label"]), 0, MaxLabel, required: false);
        var url = MessageValidator.NullIfJsonNull(button["url"]);
        var customId = MessageValidator.NullIfJsonNull(button["custom_id"]);
        if (style == 5)
        {
            if (url is null)
                errors.Add($"{path}.url", "BUTTON_COMPONENT_URL_REQUIRED", "A link button must have a url.");
            else if (Text(url) is not { } link || link.Length > MaxUrl
                || !Uri.TryCreate(link, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https" or "discord"))
                errors.Add($"{path}.url", "URL_TYPE_INVALID_URL", "Not a well formed URL.");
            if (customId is not null)
                errors.Add($"{path}.custom_id", "BUTTON_COMPONENT_LINK_CUSTOM_ID", "A link button cannot have a custom id.");
            return;
        }
        errors.Length($"{path}.custom_id", customId, 1, MaxCustomId, required: true);
        if (url is not null)
            errors.Add($"{path}.url", "BUTTON_COMPONENT_URL_NOT_ALLOWED", "Only a link button can have a url.");
    }

    /// <summary>A modal callback's <c>data</c>: custom_id, title and 1–5 rows each holding one text input.</summary>
    public static void ValidateModal(JsonObject data, FormErrors errors)
    {
        errors.Length("data.custom_id", MessageValidator.NullIfJsonNull(data["custom_id"]), 1, MaxCustomId, required: true);
        errors.Length("data.title", MessageValidator.NullIfJsonNull(data["title"]), 1, MaxModalTitle, required: true);
        if (MessageValidator.NullIfJsonNull(data["components"]) is not JsonArray rows)
        {
            errors.Add("data.components", "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }
        if (rows.Count is 0)
            errors.Add("data.components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.");
        if (rows.Count > MaxRows)
            errors.Add("data.components", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxRows} or fewer in length.");
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var path = $"data.components.{r}";
            if (InputOf(rows[r] as JsonObject, out var labelled) is not { } input)
            {
                errors.Add(path, "UNION_TYPE_CHOICES",
                    "A modal row is an action row (type 1) holding one text input, or a label (type 18) holding one.");
                continue;
            }
            var inputPath = labelled ? $"{path}.component" : $"{path}.components.0";
            if (labelled)
                errors.Length($"{path}.label", rows[r]!["label"], 1, MaxInputLabel, required: true);
            ValidateTextInput(input, inputPath, labelRequired: !labelled, errors);
            if (Text(input["custom_id"]) is { Length: > 0 } customId && !customIds.Add(customId))
                errors.Add($"{inputPath}.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id was already specified");
        }
    }

    private static void ValidateTextInput(JsonObject input, string path, bool labelRequired, FormErrors errors)
    {
        errors.Length($"{path}.custom_id", MessageValidator.NullIfJsonNull(input["custom_id"]), 1, MaxCustomId, required: true);
        if (input["style"] is not JsonValue s || !s.TryGetValue<int>(out var style) || style is not (1 or 2))
            errors.Add($"{path}.style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.");
        var label = MessageValidator.NullIfJsonNull(input["label"]);
        if (labelRequired || label is not null)
            errors.Length($"{path}.label", label, 1, MaxInputLabel, required: true);
        errors.Length($"{path}.value", MessageValidator.NullIfJsonNull(input["value"]), 0, MaxInputLength, required: false);
        errors.Length($"{path}.placeholder", MessageValidator.NullIfJsonNull(input["placeholder"]), 0, MaxPlaceholder, required: false);
        Range(input["min_length"], $"{path}.min_length", 0, errors);
        Range(input["max_length"], $"{path}.max_length", 1, errors);
    }

    private static void Range(JsonNode? node, string path, int min, FormErrors errors)
    {
        if (MessageValidator.NullIfJsonNull(node) is not { } value)
            return;
        if (value is not JsonValue v || !v.TryGetValue<int>(out var number))
            errors.Add(path, "NUMBER_TYPE_COERCE", "Value is not int.");
        else if (number < min)
            errors.Add(path, "NUMBER_TYPE_MIN", $"int value should be greater than or equal to {min}.");
        else if (number > MaxInputLength)
            errors.Add(path, "NUMBER_TYPE_MAX", $"int value should be less than or equal to {MaxInputLength}.");
    }

    /// <summary>The text input of a modal row: an action row's only component, or a label's component.</summary>
    public static JsonObject? InputOf(JsonObject? row, out bool labelled)
    {
        labelled = row is not null && TypeOf(row) == 18;
        var input = row is null ? null
            : labelled ? row["component"] as JsonObject
            : TypeOf(row) == 1 && row["components"] is JsonArray { Count: 1 } only ? only[0] as JsonObject
            : null;
        return input is not null && TypeOf(input) == 4 ? input : null;
    }

    public static int TypeOf(JsonObject component) => component["type"] is JsonValue t && t.TryGetValue<int>(out var type) ? type : 0;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
