using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Sandbox.Rest;

/// <summary>Validates application commands the way Discord does on a bulk overwrite.</summary>
internal static partial class CommandValidator
{
    private static readonly HashSet<string> Locales =
    [
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
        "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    ];

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();

    public static void ValidateList(JsonArray commands, FormErrors errors)
    {
        if (commands.Count > 110)
            errors.Add("", "BASE_TYPE_MAX_LENGTH", "Must be 110 or fewer in length.");
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject command)
            {
                errors.Add($"{i}", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }
            var type = Int(command["type"]) ?? 1;
            ValidateCommand(command, type, $"{i}", errors);
            if (command["name"] is JsonValue n && n.TryGetValue<string>(out var name) && !seen.Add((type, name)))
                errors.Add($"{i}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique");
        }
    }

    private static void ValidateCommand(JsonObject command, int type, string path, FormErrors errors)
    {
        if (type is < 1 or > 4)
            errors.Add($"{path}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
        Name(command["name"], $"{path}.name", errors, chatInput: type == 1);
        if (type == 1)
            errors.Length($"{path}.description", command["description"], 1, 100, required: true);
        else if (command["description"] is JsonValue d && d.TryGetValue<string>(out var text) && text.Length > 0)
            errors.Add($"{path}.description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have description");
        Localizations(command["name_localizations"], $"{path}.name_localizations", errors, isName: true, chatInput: type == 1);
        Localizations(command["description_localizations"], $"{path}.description_localizations", errors, isName: false, chatInput: type == 1);
        if (MessageValidator.NullIfJsonNull(command["options"]) is { } options)
            Options(options, $"{path}.options", errors, depth: 0);
    }

    private static void Options(JsonNode node, string path, FormErrors errors, int depth)
    {
        if (node is not JsonArray options)
        {
            errors.Add(path, "BASE_TYPE_ARRAY", "Value must be an array.");
            return;
        }
        if (options.Count > 25)
            errors.Add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        var sawOptional = false;
        var names = new HashSet<string>();
        for (var i = 0; i < options.Count; i++)
        {
            var at = $"{path}.{i}";
            if (options[i] is not JsonObject option)
            {
                errors.Add(at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }
            var type = Int(option["type"]);
            if (type is null or < 1 or > 11)
                errors.Add($"{at}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.");
            Name(option["name"], $"{at}.name", errors, chatInput: true);
            if (option["name"] is JsonValue n && n.TryGetValue<string>(out var name) && !names.Add(name))
                errors.Add($"{at}.name", "APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS", "Option names must be unique");
            errors.Length($"{at}.description", option["description"], 1, 100, required: true);
            Localizations(option["name_localizations"], $"{at}.name_localizations", errors, isName: true, chatInput: true);
            Localizations(option["description_localizations"], $"{at}.description_localizations", errors, isName: false, chatInput: true);
            if (type is { } valid and >= 1 and <= 11)
                CommandOptionRules.Check(option, valid, at, errors);
            if (type is 1 or 2)
            {
                if (depth >= 2 || (type == 2 && depth >= 1))
                    errors.Add($"{at}.type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-command groups can only be nested one level");
                if (MessageValidator.NullIfJsonNull(option["options"]) is { } sub)
                    Options(sub, $"{at}.options", errors, depth + 1);
                continue;
            }
            var required = option["required"] is JsonValue r && r.TryGetValue<bool>(out var req) && req;
            if (required && sawOptional)
                errors.Add(at, "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            sawOptional |= !required;
        }
    }

    private static void Name(JsonNode? node, string path, FormErrors errors, bool chatInput)
    {
        if (node is not JsonValue v || !v.TryGetValue<string>(out var name))
        {
            errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }
        if (name.Length is < 1 or > 32)
            errors.Add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
        else if (chatInput && (!NamePattern().IsMatch(name) || name.Any(char.IsUpper)))
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid");
    }

    internal static void Localizations(JsonNode? node, string path, FormErrors errors, bool isName, bool chatInput)
    {
        if (MessageValidator.NullIfJsonNull(node) is not { } present)
            return;
        if (present is not JsonObject map)
        {
            errors.Add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
            return;
        }
        foreach (var (locale, value) in map)
        {
            if (!Locales.Contains(locale))
            {
                errors.Add($"{path}.{locale}", "LOCALE_INVALID", $"Invalid locale \"{locale}\"");
                continue;
            }
            if (isName)
                Name(value, $"{path}.{locale}", errors, chatInput);
            else
                errors.Length($"{path}.{locale}", value, 1, 100, required: true);
        }
    }

    private static int? Int(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
