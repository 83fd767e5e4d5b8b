namespace NewsBot.Announcements;

/// <summary>Discord's length limits, and cutting text to them at a word boundary with an ellipsis.</summary>
internal static class TextLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int FieldValue = 1024;
    public const int Footer = 2048;

    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > max / 2)
            cut = cut[..space];
        return cut.TrimEnd() + "…";
    }
}
