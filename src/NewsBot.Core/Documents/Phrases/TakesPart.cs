using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "Among those scheduled to speak is X", "X will also take part, alongside Y", "X rounds out the panel": one guest per
/// sentence, each with a verb of taking part. Was
/// <c>^Among\s+(?:those|the\s+(?:speakers|panelists|panellists|guests))\s+(?:scheduled\s+to\s+speak|taking\s+part|expected\s+to\s+speak|on\s+the\s+panel)\s+(?:is|are)\s+(?&lt;rest&gt;[^?!]+)$|^(?&lt;rest&gt;\p{Lu}[^?!;]{2,200}?)\s+(?:will\s+(?:also\s+)?take\s+part|(?:also\s+)?takes\s+part|rounds?\s+out\s+the\s+(?:panel|line-?up))\b(?:[^,?!]{0,40},\s+(?:alongside|along\s+with|together\s+with)\s+(?&lt;with&gt;[^?!]+))?</c>.
/// </summary>
internal static class TakesPart
{
    private static readonly PhraseSet Among = new(false, "Among those", "Among the speakers", "Among the panelists", "Among the panellists", "Among the guests");
    private static readonly PhraseSet Scheduled = new(false, "scheduled to speak", "taking part", "expected to speak", "on the panel");
    private static readonly PhraseSet IsOrAre = new(false, "is", "are");
    private static readonly PhraseSet TakePart = new(false,
        "will also take part", "will take part", "also takes part", "takes part", "rounds out the panel", "rounds out the line-up", "rounds out the lineup",
        "round out the panel", "round out the line-up", "round out the lineup");
    private static readonly PhraseSet Alongside = new(false, "alongside", "along with", "together with");

    /// <summary>The guest, and the guest named alongside (or null), or null when the sentence does not read so.</summary>
    public static (string Guest, string? With)? Read(string sentence)
    {
        var among = Scan.RestToEnd(sentence, Scan.AfterSpacesThen(sentence, Scan.AfterSpacesThen(sentence, Among.After(sentence, 0), Scheduled), IsOrAre));
        if (among >= 0)
            return (sentence[among..], null); // "Among those scheduled to speak is X"
        if (sentence.Length == 0 || !char.IsUpper(sentence[0]))
            return null;
        var (guestEnd, verbEnd) = Scan.ShortestRunBeforeSpaces(sentence, 1, c => c is not ('?' or '!' or ';'), 2, 200, TakePart.AfterWhole);
        if (guestEnd < 0)
            return null;
        var (with, withEnd) = Scan.SpacesThenUnmarked(sentence, Scan.AfterSpacesThen(sentence, AfterComma(sentence, verbEnd), Alongside));
        return (sentence[..guestEnd], with < 0 ? null : sentence[with..withEnd]);
    }

    // [^,?!]{0,40},
    private static int AfterComma(string sentence, int at)
    {
        var end = Scan.AfterRun(sentence, at, c => c is not (',' or '?' or '!'), 0, 40);
        return end < sentence.Length && sentence[end] == ',' ? end + 1 : -1;
    }
}
