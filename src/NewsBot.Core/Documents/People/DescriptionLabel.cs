namespace NewsBot.Core.Documents.People;

/// <summary>
/// "Rolle: Wohnungsbaureferent beim X", "Role at X: Head of Y", "Funktion bei der X: Leiterin": a form label in front of
/// the description names the field, it is no part of the role; a workplace between the label and its colon is where the
/// post is held, so the description reads "Post bei X".
/// </summary>
internal static class DescriptionLabel
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Rolle", "Role", "Funktion", "Function", "Position", "Title", "Titel", "Job", "Tätigkeit", "Beruf", "Occupation",
    };

    private static readonly char[] LabelEnds = [' ', ':'];

    public static string Unlabel(string description)
    {
        var text = description.TrimStart();
        var space = text.IndexOfAny(LabelEnds);
        if (space <= 0 || !Labels.Contains(text[..space]))
            return description;
        var colon = text.IndexOf(':', space);
        if (colon < 0 || colon > 80 || colon + 1 >= text.Length)
            return description;
        var post = text[(colon + 1)..].Trim();
        var where = text[space..colon].Trim();
        if (post.Length == 0)
            return description;
        return where.Length == 0 ? post : post + " " + where; // "Rolle bei Open Grid Europe: Leiter Netzplanung" → "Leiter Netzplanung bei Open Grid Europe"
    }
}
