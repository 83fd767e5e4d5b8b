using System.Text.Json.Nodes;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// One registered command as usage lines: <c>/config channel channel:&lt;channel&gt; — description</c>, one line per
/// subcommand, with the names of the reader's language (in German <c>/einstellungen kanal kanal:&lt;#channel&gt;</c>).
/// </summary>
internal static class CommandHelp
{
    public static IEnumerable<string> Describe(JsonObject command, BotLanguage language, AnsiStyle style)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(style);
        var name = "/" + Name(command, language);
        var english = "/" + command["name"];
        var other = name == english ? "" : $" ({english})";
        var options = Options(command);
        if (options.Any(o => TypeOf(o) is 1 or 2))
        {
            foreach (var sub in options)
            {
                if (TypeOf(sub) == 2)
                {
                    foreach (var inner in Options(sub))
                        yield return Line($"{name} {Name(sub, language)} {Name(inner, language)}", inner, language, style);
                }
                else
                    yield return Line($"{name} {Name(sub, language)}", sub, language, style);
            }
            yield break;
        }
        yield return Line(name, command, language, style) + other;
    }

    private static string Line(string head, JsonObject node, BotLanguage language, AnsiStyle style)
    {
        var parts = Options(node).Select(o =>
        {
            var choices = (o["choices"] as JsonArray)?.OfType<JsonObject>().Select(c => Name(c, language)).ToList();
            var shape = choices is { Count: > 0 } ? string.Join("|", choices) : Kind(TypeOf(o), IsTrue(o["autocomplete"]));
            var text = $"{Name(o, language)}:{shape}";
            return IsTrue(o["required"]) ? text : $"[{text}]";
        });
        var description = Description(node, language);
        return $"{style.Bold(head)} {string.Join(" ", parts)}".TrimEnd() + (description.Length > 0 ? style.Dim(" — " + description) : "");
    }

    private static string Kind(int type, bool autocomplete) => type switch
    {
        4 => "<integer>",
        5 => "<true|false>",
        6 => "<@member>",
        7 => "<#channel>",
        8 => "<@role>",
        9 => "<@role|@member>",
        10 => "<number>",
        _ => autocomplete ? "<text, ? suggests>" : "<text>",
    };

    /// <summary>The German name when the reader reads German and there is one; else the name.</summary>
    private static string Name(JsonObject node, BotLanguage language) =>
        (language == BotLanguage.German ? node["name_localizations"]?["de"]?.ToString() : null) ?? node["name"]?.ToString() ?? "";

    private static string Description(JsonObject node, BotLanguage language) =>
        (language == BotLanguage.German ? node["description_localizations"]?["de"]?.ToString() : null) ?? node["description"]?.ToString() ?? "";

    private static List<JsonObject> Options(JsonObject node) => (node["options"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];

    private static bool IsTrue(JsonNode? node) => node?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    private static int TypeOf(JsonObject node) => node["type"] is JsonValue v && v.TryGetValue<int>(out var t) ? t : 0;
}
