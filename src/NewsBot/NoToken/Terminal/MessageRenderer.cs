using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// Renders a Discord message (content, embeds, buttons, the ephemeral flag) as terminal lines no wider than the given
/// width: each embed is a box with its title, link, description, fields (inline ones side by side) and footer; each
/// row of buttons a line of <c>[Label]</c>.
/// </summary>
internal sealed class MessageRenderer(TerminalMarkup markup, AnsiStyle style, TimeProvider time)
{
    private const int EphemeralFlag = 1 << 6;
    private const int LinkStyle = 5;
    private const int MinimumColumn = 20;
    private const string Bar = "│ ";

    public TerminalMarkup Markup => markup;

    public IReadOnlyList<string> Render(JsonObject message, BotLanguage language, int width)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = new List<string>();
        if (IsEphemeral(message))
            lines.Add(style.Yellow("👁 " + TerminalTexts.For(language).OnlyYou));
        if (Text(message["content"]) is { Length: > 0 } content)
            lines.AddRange(TextWrap.Wrap(markup.Render(content, language), width));
        foreach (var embed in (message["embeds"] as JsonArray)?.OfType<JsonObject>() ?? [])
            lines.AddRange(RenderEmbed(embed, language, width));
        foreach (var row in (message["components"] as JsonArray)?.OfType<JsonObject>() ?? [])
            lines.AddRange(TextWrap.Wrap(RenderButtons(row), width));
        return lines;
    }

    /// <summary>Whether a component is a button a member can press (enabled, not a link): <c>:press</c> finds these.</summary>
    public static bool IsPressable(JsonObject component) =>
        JsonNumbers.Int64(component["type"]) == 2 && JsonNumbers.Int64(component["style"]) != LinkStyle
        && component["disabled"]?.GetValueKind() != System.Text.Json.JsonValueKind.True;

    /// <summary>A row of buttons as <c>[Label]</c>; links with their arrow, disabled ones dimmed.</summary>
    private string RenderButtons(JsonObject row) => string.Join(" ", ((row["components"] as JsonArray)?.OfType<JsonObject>() ?? []).Select(button =>
    {
        var label = Text(button["label"]) ?? "…";
        if (JsonNumbers.Int64(button["style"]) == LinkStyle)
            return style.Dim($"[{label} ↗]");
        return IsPressable(button) ? style.Cyan($"[{label}]") : style.Dim($"[{label}]");
    }));

    public static bool IsEphemeral(JsonObject message) =>
        (JsonNumbers.Int64(message["flags"]) & EphemeralFlag) is > 0;

    public IReadOnlyList<string> RenderEmbed(JsonObject embed, BotLanguage language, int width)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var color = (int?)JsonNumbers.Int64(embed["color"]);
        string Paint(string text) => color is { } value ? style.Rgb(value, text) : style.Dim(text);
        var inner = Math.Max(10, width - Bar.Length);
        var body = new List<string>();
        var title = Text(embed["title"]) is { Length: > 0 } t ? markup.Render(t, language) : null;
        var titleLines = title is null ? [] : TextWrap.Wrap(title, inner - 1);
        if (Text(embed["author"]?["name"]) is { Length: > 0 } author)
            body.AddRange(TextWrap.Wrap(markup.Render(author, language), inner));
        body.AddRange(titleLines.Skip(1).Select(style.Bold));
        if (Text(embed["url"]) is { Length: > 0 } url)
            body.AddRange(TextWrap.Wrap(style.Dim(url), inner));
        if (Text(embed["description"]) is { Length: > 0 } description)
            body.AddRange(TextWrap.Wrap(markup.Render(description, language), inner));
        var fields = (embed["fields"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        if (fields.Count > 0 && body.Count > 0)
            body.Add("");
        body.AddRange(RenderFields(fields, language, inner));

        var lines = new List<string> { Paint("╭─") + (titleLines.Count > 0 ? " " + style.Bold(titleLines[0]) : "") };
        lines.AddRange(body.Select(line => (Paint(Bar.TrimEnd()) + (line.Length > 0 ? " " + line : "")).TrimEnd()));
        var footer = new List<string>();
        if (Text(embed["footer"]?["text"]) is { Length: > 0 } footerText)
            footer.Add(markup.Render(footerText, language));
        if (Text(embed["timestamp"]) is { Length: > 0 } stamp
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            footer.Add(markup.Render($"<t:{at.ToUnixTimeSeconds()}:f>", language));
        var footerLines = footer.Count == 0 ? [] : TextWrap.Wrap(string.Join(" · ", footer), width - 3);
        lines.Add(Paint("╰─") + (footerLines.Count > 0 ? " " + style.Dim(footerLines[0]) : ""));
        lines.AddRange(footerLines.Skip(1).Select(l => "   " + style.Dim(l)));
        return lines;
    }

    private List<string> RenderFields(List<JsonObject> fields, BotLanguage language, int width)
    {
        var lines = new List<string>();
        var i = 0;
        while (i < fields.Count)
        {
            var row = new List<JsonObject>();
            while (i < fields.Count && row.Count < 3 && IsInline(fields[i]))
                row.Add(fields[i++]);
            if (row.Count == 0)
                row.Add(fields[i++]);
            var gap = 3;
            var column = row.Count > 1 ? (width - gap * (row.Count - 1)) / row.Count : width;
            if (row.Count > 1 && column >= MinimumColumn)
                lines.AddRange(SideBySide(row, language, column, gap));
            else
            {
                foreach (var field in row)
                    lines.AddRange(Listed(field, language, width));
            }
        }
        return lines;
    }

    private List<string> Listed(JsonObject field, BotLanguage language, int width)
    {
        var name = markup.Render(Text(field["name"]) ?? "", language);
        var value = markup.Render(Text(field["value"]) ?? "", language);
        var oneLine = $"{style.Bold(name + ":")} {value}";
        if (!value.Contains('\n', StringComparison.Ordinal) && TextWrap.VisibleWidth(oneLine) <= width)
            return [oneLine];
        var lines = new List<string>();
        lines.AddRange(TextWrap.Wrap(style.Bold(name + ":"), width));
        lines.AddRange(TextWrap.Wrap(value, width - 2).Select(l => "  " + l));
        return lines;
    }

    private List<string> SideBySide(List<JsonObject> row, BotLanguage language, int column, int gap)
    {
        var cells = row.Select(field =>
        {
            var cell = new List<string>();
            cell.AddRange(TextWrap.Wrap(markup.Render(Text(field["name"]) ?? "", language), column).Select(style.Bold));
            cell.AddRange(TextWrap.Wrap(markup.Render(Text(field["value"]) ?? "", language), column));
            return cell;
        }).ToList();
        var height = cells.Max(c => c.Count);
        var lines = new List<string>();
        for (var line = 0; line < height; line++)
        {
            var parts = cells.Select((cell, index) =>
            {
                var text = line < cell.Count ? cell[line] : "";
                return index == cells.Count - 1 ? text : TextWrap.PadRight(text, column + gap);
            });
            lines.Add(string.Concat(parts).TrimEnd());
        }
        return lines;
    }

    private static bool IsInline(JsonObject field) => field["inline"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The time of a message as the local clock shows it, e.g. "18:05".</summary>
    public string TimeOf(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Text(message["timestamp"]) is { } stamp
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeZoneInfo.ConvertTime(at, time.LocalTimeZone).ToString("HH:mm", CultureInfo.InvariantCulture)
            : "";
    }
}
