namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// How many panelists a sentence names (counted up to two, all its uses need) and the first of them, the only one when one
/// is named. Found once per sentence of the page's prose and shared by the summary's checks, which each looked for every
/// panelist's name before.
/// </summary>
internal readonly record struct PanelMention(int Count, Expert? First)
{
    public static PanelMention In(string sentence, IReadOnlyList<Expert> panel)
    {
        var count = 0;
        Expert? first = null;
        for (var i = 0; i < panel.Count && count < 2; i++) // by index: a foreach over the interface would allocate an enumerator per sentence
        {
            if (!sentence.Contains(panel[i].Name, StringComparison.Ordinal))
                continue;
            first ??= panel[i];
            count++;
        }

        return new PanelMention(count, first);
    }
}
