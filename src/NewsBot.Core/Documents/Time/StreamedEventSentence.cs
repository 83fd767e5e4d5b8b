using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Time;

/// <summary>
/// "Der Ausschuss führt am Montag, 18. Mai, ab 10 Uhr eine Anhörung durch. Die Sitzung wird live übertragen.", "The
/// hearing will be streamed live. It starts at 10 a.m. on 4 May.": a sentence without a date of its own that says the
/// event it refers back to is broadcast ("Die Sitzung", "The hearing", "It") lends its broadcast cue to the sentence
/// beside it that holds the date — the one before it (and, when that one holds only a time, the one before that) or the
/// one after it. News dates keep their own news words and stay out.
/// </summary>
internal static class StreamedEventSentence
{
    /// <summary>Words that open a sentence referring back to the event: an article, a demonstrative, a pronoun.</summary>
    private static readonly HashSet<string> Referring = new(StringComparer.OrdinalIgnoreCase)
    {
        "die", "der", "das", "diese", "dieser", "dieses", "sie", "er", "es", "wir", "the", "this", "it", "we", "both", "beide",
    };

    /// <summary>Adds <see cref="CueKind.Broadcast"/> to the sentences a streamed-event sentence lends it to; which ones (null when none).</summary>
    public static bool[]? Lend(string text, IReadOnlyList<SentenceSpan> spans, int[] tokenSentence, CueKind[] sentenceCues, List<TimeMention> mentions)
    {
        if (mentions.Count == 0 || spans.Count < 2)
            return null;
        var dated = new bool[sentenceCues.Length];
        var timeOnly = new bool[sentenceCues.Length];
        foreach (var mention in mentions)
        {
            var s = tokenSentence[mention.FirstToken];
            if (mention.Date is not null || mention.Weekday is not null)
                dated[s] = true;
            else if (mention.From is not null)
                timeOnly[s] = true;
        }

        var lent = new bool[sentenceCues.Length];
        for (var s = 0; s < spans.Count && s < sentenceCues.Length; s++)
        {
            if (!sentenceCues[s].HasFlag(CueKind.Broadcast) || lent[s] || dated[s] || timeOnly[s] || !OpensReferring(text, spans[s]))
                continue;
            if (s > 0 && (dated[s - 1] || timeOnly[s - 1]))
            {
                lent[s - 1] = true;
                if (!dated[s - 1] && s > 1 && dated[s - 2])
                    lent[s - 2] = true; // "… am Dienstag, 15.12. … Beginn ist um 10 Uhr. Die Veranstaltung wird live übertragen."
            }
            else if (s + 1 < sentenceCues.Length && dated[s + 1])
            {
                lent[s + 1] = true;
            }
        }

        var any = false;
        for (var s = 0; s < lent.Length; s++)
        {
            if (lent[s] && !sentenceCues[s].HasFlag(CueKind.Broadcast))
            {
                sentenceCues[s] |= CueKind.Broadcast;
                any = true;
            }
        }

        return any ? lent : null;
    }

    private static bool OpensReferring(string text, SentenceSpan span)
    {
        var sentence = text.AsSpan(span.Start, span.Length).TrimStart();
        var space = sentence.IndexOf(' ');
        if (space <= 0)
            return false;
        return Referring.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence[..space]);
    }
}
