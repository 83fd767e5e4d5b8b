using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// Discord's per-type rules for a command option (API v10, application command option structure): value
/// ranges, string lengths, channel types, choices and autocomplete, each only on the types that take it.
/// </summary>
internal static class CommandOptionRules
{
    private const int StringType = 3, IntegerType = 4, ChannelType = 7, NumberType = 10;

    // Int53Type in Discord's OpenAPI description: ±(2^53 − 1). The docs give NUMBER the same range ("between -2^53
    // and 2^53"); OpenAPI leaves NUMBER an unbounded double, so the Int53 bound for both is our reading.
    private const double SafeInteger = 9_007_199_254_740_991;
    private const int MaxStringLength = 6000;
    private const int MaxChoiceString = 100;

    // OpenAPI's ChannelTypes enum (0–5, 10–15) plus 16 (GUILD_MEDIA), which the channel docs list and OpenAPI lacks.
    private static readonly HashSet<int> ChannelTypes = [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16];
    private static readonly string ChannelTypeChoices = $"Value must be one of {{{string.Join(", ", ChannelTypes.Order())}}}.";

    /// <summary>Checks the fields that depend on the option's <paramref name="type"/> (a valid option type).</summary>
    public static void Check(JsonObject option, int type, string at, FormErrors errors)
    {
        var numeric = type is IntegerType or NumberType;
        var integer = type == IntegerType;
        var minValue = Number(Allowed(option, "min_value", numeric, at, errors), integer, -SafeInteger, SafeInteger, $"{at}.min_value", errors);
        var maxValue = Number(Allowed(option, "max_value", numeric, at, errors), integer, -SafeInteger, SafeInteger, $"{at}.max_value", errors);
        NotBelow(minValue, maxValue, integer, $"{at}.max_value", errors);

        var isString = type == StringType;
        var minLength = Number(Allowed(option, "min_length", isString, at, errors), integer: true, 0, MaxStringLength, $"{at}.min_length", errors);
        var maxLength = Number(Allowed(option, "max_length", isString, at, errors), integer: true, 1, MaxStringLength, $"{at}.max_length", errors);
        NotBelow(minLength, maxLength, integer: true, $"{at}.max_length", errors);

        if (Allowed(option, "channel_types", type == ChannelType, at, errors) is { } channelTypes)
            ChannelTypeList(channelTypes, $"{at}.channel_types", errors);

        var withChoices = isString || numeric;
        var autocomplete = Allowed(option, "autocomplete", withChoices, at, errors) is JsonValue a && a.TryGetValue<bool>(out var auto) && auto;
        if (Allowed(option, "choices", withChoices, at, errors) is { } choices)
            Choices(choices, type, autocomplete, at, errors);
    }

    // A field on a type that does not take it is refused, except null, false and [] which ask for nothing (and
    // which some libraries send on every option). The error key is our guess; Discord does not document it.
    private static JsonNode? Allowed(JsonObject option, string field, bool allowed, string at, FormErrors errors)
    {
        var node = MessageValidator.NullIfJsonNull(option[field]);
        if (node is null || allowed)
            return node;
        var asksNothing = node is JsonArray { Count: 0 } || (node is JsonValue v && v.TryGetValue<bool>(out var flag) && !flag);
        if (!asksNothing)
            errors.Add($"{at}.{field}", "APPLICATION_COMMAND_OPTION_FIELD_INVALID_FOR_TYPE", $"{field} is not allowed for this option type");
        return null;
    }

    private static double? Number(JsonNode? node, bool integer, double min, double max, string path, FormErrors errors)
    {
        if (node is null)
            return null;
        var kind = integer ? "int" : "float";
        if (node is not JsonValue v || !v.TryGetValue<double>(out var value) || !double.IsFinite(value) || (integer && value != Math.Floor(value)))
        {
            var text = node is JsonValue s && s.TryGetValue<string>(out var str) ? str : node.ToJsonString();
            errors.Add(path, "NUMBER_TYPE_COERCE", integer ? $"Value \"{text}\" is not int." : $"Value \"{text}\" is not a valid number.");
            return null;
        }
        if (value < min)
            errors.Add(path, "NUMBER_TYPE_MIN", $"{kind} value should be greater than or equal to {Format(min)}.");
        else if (value > max)
            errors.Add(path, "NUMBER_TYPE_MAX", $"{kind} value should be less than or equal to {Format(max)}.");
        else
            return value;
        return null;
    }

    // min > max: reported on the max field as NUMBER_TYPE_MIN (our guess at Discord's key and field).
    private static void NotBelow(double? min, double? max, bool integer, string maxPath, FormErrors errors)
    {
        if (min is { } low && max is { } high && high < low)
            errors.Add(maxPath, "NUMBER_TYPE_MIN", $"{(integer ? "int" : "float")} value should be greater than or equal to {Format(low)}.");
    }

    private static void ChannelTypeList(JsonNode node, string path, FormErrors errors)
    {
        if (node is not JsonArray types)
        {
            errors.Add(path, "BASE_TYPE_ARRAY", "Value must be an array.");
            return;
        }
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] is not JsonValue v || !v.TryGetValue<int>(out var channelType) || !ChannelTypes.Contains(channelType))
                errors.Add($"{path}.{i}", "BASE_TYPE_CHOICES", ChannelTypeChoices);
        }
    }

    private static void Choices(JsonNode node, int type, bool autocomplete, string at, FormErrors errors)
    {
        if (node is not JsonArray choices)
        {
            errors.Add($"{at}.choices", "BASE_TYPE_ARRAY", "Value must be an array.");
            return;
        }
        if (choices.Count > 25)
            errors.Add($"{at}.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        if (autocomplete && choices.Count > 0)
            errors.Add($"{at}.autocomplete", "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE", "Autocomplete cannot be set if there are choices present.");
        for (var c = 0; c < choices.Count; c++)
        {
            var path = $"{at}.choices.{c}";
            if (choices[c] is not JsonObject choice)
            {
                errors.Add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
                continue;
            }
            errors.Length($"{path}.name", choice["name"], 1, 100, required: true);
            CommandValidator.Localizations(choice["name_localizations"], $"{path}.name_localizations", errors, isName: false, chatInput: true);
            var value = choice["value"];
            if (value is null)
                errors.Add($"{path}.value", "BASE_TYPE_REQUIRED", "This field is required");
            else if (type == StringType)
                errors.Length($"{path}.value", value, 0, MaxChoiceString, required: true);
            else
                Number(value, type == IntegerType, -SafeInteger, SafeInteger, $"{path}.value", errors);
        }
    }

    // Whole numbers without an exponent (9007199254740991, not 9.007199254740991E+15), as Discord writes them.
    private static string Format(double value) =>
        value == Math.Floor(value) && Math.Abs(value) <= SafeInteger
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
