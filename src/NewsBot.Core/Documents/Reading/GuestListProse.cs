using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Joining us for the evening:" / "Auf dem Podium:" followed by one running line "Author A, who …; B, chief executive of
/// X; and Dr C, a lecturer at Y.": a guest-list header announces the people of the line below it even when they stand
/// in prose rather than one per line. Only a line that reads as a series of at least two people counts, so a header
/// followed by an ordinary paragraph adds nobody, and a line that is itself a panel sentence is left to the prose reader.
/// </summary>
internal static class GuestListProse
{
    public static List<PanelCandidate> Read(BodyLine line)
    {
        if (line.Content.Length > ProsePanel.MaxSentenceLength)
            return [];
        foreach (var sentence in line.Block.Sentences)
        {
            if (PanelIntro.PanelPart(sentence, null) is not null)
                return []; // "Danach sprechen A und B …": a panel sentence, read as such by the prose reader
        }

        var experts = PanelParser.ParseSeries(line.Content);
        return experts.Count < 2 ? [] : experts.ConvertAll(e => new PanelCandidate(e, line.Number, "a run of people in the prose line under a guest-list header"));
    }
}
