using System.Text.RegularExpressions;

namespace NewsBot.Announcements;

/// <summary>
/// Makes document text inert: <c>@everyone</c>, <c>@here</c> and mention syntax (<c>&lt;@…&gt;</c>, <c>&lt;@&amp;…&gt;</c>, <c>&lt;#…&gt;</c>)
/// get a zero-width space so they render as text and never ping, even before the adapter's allowed_mentions.
/// </summary>
internal static partial class MentionEscaper
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Escape(string text)
    {
        var escaped = EveryoneOrHere().Replace(text, m => "@" + ZeroWidthSpace + m.Value[1..]);
        return MentionSyntax().Replace(escaped, m => "<" + ZeroWidthSpace + m.Value[1..]);
    }

    [GeneratedRegex("@(everyone|here)", RegexOptions.IgnoreCase)]
    private static partial Regex EveryoneOrHere();

    [GeneratedRegex(@"<[@#]")]
    private static partial Regex MentionSyntax();
}
