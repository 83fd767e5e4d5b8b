using System.Collections.Frozen;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// A programme: at least two lines that begin with a time ("16.00 Uhr Metadiskurse", "18:15 Uhr Podiumsdiskussion").
/// The first slot whose block (its line and the lines up to the next slot; from the title above it when every slot has
/// one) speaks of a discussion, an event or the show is the discussion's slot: it counts as being about the broadcast and ends where the next slot begins.
/// </summary>
internal static class ProgrammeSlots
{
    /// <summary>A slot's time starts within this many tokens of its line ("ab 15.30 Uhr Einlass").</summary>
    private const int MaxLeadingTokens = 1;

    private const int SlotBonus = 3;

    /// <summary>Names of the slots that open a programme before its discussion (generic words, German and English).</summary>
    private static readonly FrozenSet<string> OpeningWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Begrüßung", "Grußwort", "Grußworte", "Willkommen", "Ankunft", "Empfang", "Einlass", "Registrierung",
        "Welcome", "Arrival", "Registration", "Reception", "Doors");

    private const CueKind AboutDiscussion = CueKind.Event | CueKind.Broadcast | CueKind.Show;

    public static List<BroadcastCandidate> Apply(IReadOnlyList<DocumentLine> lines, List<BroadcastCandidate> candidates)
    {
        var slots = candidates
            .Where(c => c.Date is null && c.HasTime && c.Mention.FirstToken <= MaxLeadingTokens && c.Line.Mentions[0] == c.Mention)
            .ToList();
        if (slots.Count < 2)
            return candidates;

        var titled = slots.TrueForAll(s => s.Line.Index > 0 && IsItemTitle(lines[s.Line.Index - 1]));
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var next = i + 1 < slots.Count ? slots[i + 1] : null;
            var (from, to0) = titled // a listing that writes each item's title above its time: the title belongs to the slot below it
                ? (slot.Line.Index - 1, next is null ? lines.Count : next.Line.Index - 1)
                : (slot.Line.Index, next?.Line.Index ?? lines.Count);
            if (slot.Excluded is not null || OpensProgramme(slot) || !SpeaksOfDiscussion(lines, from, to0))
                continue;

            var to = slot.To ?? (next?.From > slot.From ? next.From : null);
            var marked = new BroadcastCandidate(slot.Line, slot.Mention)
            {
                From = slot.From,
                To = to,
                Score = slot.Score + SlotBonus,
                FromText = true,
                Reasons = [.. slot.Reasons, $"programme slot about the discussion (lines {slot.Line.Number}–{(next?.Line.Number - 1) ?? lines[^1].Number})"],
            };
            return [.. candidates.Select(c => ReferenceEquals(c, slot) ? marked : c)];
        }

        return candidates;
    }

    /// <summary>"The Late Debate" above "10.40pm–11.40pm, BBC Two": a short line without a date, time or sentence end.</summary>
    private static bool IsItemTitle(DocumentLine line) =>
        line.Mentions.Count == 0 && line.Text.Length <= 80 && !line.Text.EndsWith('.') && !line.Text.EndsWith(':');

    /// <summary>"16:00 Uhr Begrüßung", "6 pm Welcome": a slot named for the welcome or the arrival comes before the discussion.</summary>
    private static bool OpensProgramme(BroadcastCandidate slot)
    {
        var line = slot.Line;
        var k = slot.Mention.EndToken;
        while (k < line.Tokens.Length && !line.Tokens[k].IsWord)
            k++;
        return k < line.Tokens.Length && OpeningWords.Contains(line.Text.Substring(line.Tokens[k].Start, line.Tokens[k].Length));
    }

    private static bool SpeaksOfDiscussion(IReadOnlyList<DocumentLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var kinds in lines[i].SentenceCues)
            {
                if ((kinds & AboutDiscussion) != 0)
                    return true;
            }
        }

        return false;
    }
}
