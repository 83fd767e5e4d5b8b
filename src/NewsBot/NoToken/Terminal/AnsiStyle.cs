namespace NewsBot.NoToken.Terminal;

/// <summary>ANSI styling, or nothing at all when the output is not a real terminal.</summary>
internal sealed class AnsiStyle(bool enabled)
{
    private const string Escape = "\u001b[";

    public bool Enabled { get; } = enabled;

    public string Bold(string text) => Wrap("1", text);
    public string Dim(string text) => Wrap("2", text);
    public string Red(string text) => Wrap("31", text);
    public string Yellow(string text) => Wrap("33", text);
    public string Cyan(string text) => Wrap("36", text);
    public string Green(string text) => Wrap("32", text);

    /// <summary>Text in a 24-bit colour (an embed's colour), or unchanged.</summary>
    public string Rgb(int color, string text) =>
        Wrap($"38;2;{(color >> 16) & 0xFF};{(color >> 8) & 0xFF};{color & 0xFF}", text);

    /// <summary>Moves to the start of the line and clears it, so a message can replace the shown prompt.</summary>
    public string ClearLine => Enabled ? "\r" + Escape + "2K" : "";

    private string Wrap(string code, string text) => Enabled && text.Length > 0 ? $"{Escape}{code}m{text}{Escape}0m" : text;
}
