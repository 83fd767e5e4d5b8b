using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A programme of several timed panels ("9:30 AM | Panel 1 ● …", "11:30 AM | Panel 2 ● Who feeds …?") whose closing
/// title line names one of them: that slot's people are the panel and its moderator the host, the other slots' are not.
/// </summary>
internal static class TitledProgrammeItem
{
    /// <summary>Shorter titles ("Panel", "Q&amp;A") are too common to pick a slot by.</summary>
    private const int MinTitleLength = 12;

    /// <summary>
    /// The line span [From, To) of the timed slot whose line holds the stream title, or null when no timed slot does, or
    /// when it holds none of <paramref name="candidates"/> or all of them (a programme of one panel needs no choice).
    /// </summary>
    public static (int From, int To)? Span(ReadingContext context, List<PanelCandidate> candidates)
    {
        var title = Title(context);
        if (title is null)
            return null;
        var lines = context.Lines;
        for (var k = 0; k < lines.Count; k++)
        {
            var content = lines[k].Content;
            if (!StartsWithClock(content) || !content.Contains(title, StringComparison.OrdinalIgnoreCase))
                continue;
            var to = int.MaxValue;
            for (var j = k + 1; j < lines.Count; j++)
            {
                if (StartsWithClock(lines[j].Content))
                {
                    to = lines[j].Number;
                    break;
                }
            }

            var from = lines[k].Number;
            var inside = candidates.Count(c => c.Line >= from && c.Line < to);
            return inside > 0 && inside < candidates.Count ? (from, to) : null;
        }

        return null;
    }

    /// <summary>The title part of the closing "title | show" line, without the show.</summary>
    private static string? Title(ReadingContext context)
    {
        var title = context.TitleWithoutShow;
        return title.Length >= MinTitleLength && !title.Equals(context.Headline.Trim(), StringComparison.OrdinalIgnoreCase) ? title : null;
    }

    /// <summary>"11:30 AM – 1:00 PM | …", "14.00 Uhr …": a line that opens with a clock time starts a programme slot.</summary>
    private static bool StartsWithClock(string content) =>
        content.Length > 3 && char.IsDigit(content[0]) && ScheduleText.HasClockTime(content[..Math.Min(content.Length, 12)]);
}
