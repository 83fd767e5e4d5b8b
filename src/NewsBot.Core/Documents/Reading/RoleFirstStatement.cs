using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A sentence that states the host's role before the person, read to its end: "Chairing the event is X", "Durch den
/// Nachmittag führt X", "Moderiert wurde der Abend von X", "Your host, as always: X", and the line "Moderated by X".
/// Each reader gives the rest of the sentence after the role, where the person stands, or null.
/// </summary>
internal static class RoleFirstStatement
{
    private const int MaxRest = 200;

    private static readonly PhraseSet Leading = new(false, "Chairing", "Moderating", "Hosting", "Presenting", "Leading", "Facilitating", "Fronting");
    private static readonly PhraseSet IsOrWas = new(false, "is", "will be", "was");
    private static readonly PhraseSet DurchArticles = new(false, "den", "die", "das");
    private static readonly PhraseSet Fuehrt = new(false, "führt", "führen", "führte", "führten");
    private static readonly PhraseSet Led = new(false, "Moderiert", "Geleitet", "Präsentiert", "Moderation");
    private static readonly PhraseSet Passive = new(false, "wird", "wurde", "werden", "wurden");
    private static readonly PhraseSet Possessives = new(false, "your", "Your", "our", "Our", "Euer", "Eure", "Ihr", "Ihre", "Unser", "Unsere");
    private static readonly PhraseSet HostNouns = new(false, "host", "Host", "moderator", "Moderator", "Moderatorin", "Gastgeberin", "Gastgeber", "chair", "Chair");
    private static readonly PhraseSet ByLineVerbs = new(false, "Moderated", "Chaired", "Hosted", "Presented", "Facilitated", "Moderiert", "Geleitet", "Präsentiert");
    private static readonly PhraseSet ByOrVon = new(false, "by", "von");

    /// <summary>The first of the four shapes, in this order, that reads the whole sentence: the rest after its role.</summary>
    public static string? Rest(string sentence) =>
        ChairingIs(sentence) ?? DurchFuehrt(sentence) ?? ModeriertWurdeVon(sentence) ?? YourHostColon(sentence);

    /// <summary><c>^(?:Moderated|Chaired|…|Präsentiert)\s+(?:by|von)\s+(?&lt;rest&gt;\S.{2,})$</c>: "Moderated by WBEZ reporter X."</summary>
    public static string? ByLineRest(string line)
    {
        var at = Scan.AfterSpaces(line, ByOrVon.AfterWhole(line, Scan.AfterSpaces(line, ByLineVerbs.After(line, 0))));
        return HostStatementCues.RestAt(line, at, int.MaxValue);
    }

    /// <summary>
    /// "Chairing the event is X": <c>^(?:Chairing|…|Fronting)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:is|will\s+be|was)\s+(?&lt;rest&gt;\S.{2,200})$</c>,
    /// the fewest words between the role and the verb first.
    /// </summary>
    private static string? ChairingIs(string sentence)
    {
        var at = Scan.AfterSpaces(sentence, Leading.After(sentence, 0));
        for (var words = 0; at >= 0 && words <= 4; words++)
        {
            if (HostStatementCues.RestAt(sentence, Scan.AfterSpaces(sentence, IsOrWas.AfterWhole(sentence, at)), MaxRest) is { } rest)
                return rest;
            at = Scan.AfterSpaces(sentence, Scan.AfterRun(sentence, at, Scan.IsNameLetter));
        }

        return null;
    }

    /// <summary>
    /// "Durch den Nachmittag führt X":
    /// <c>^Durch\s+(?:den|die|das)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*\s+führ(?:t|en|te|ten)\s+(?&lt;rest&gt;\S.{2,200})$</c>.
    /// </summary>
    private static string? DurchFuehrt(string sentence)
    {
        var at = Scan.AfterSpaces(sentence, DurchArticles.AfterWhole(sentence, Scan.AfterSpaces(sentence, Scan.AfterPhrase(sentence, 0, "Durch"))));
        if (at >= 0 && at < sentence.Length && char.IsLower(sentence[at]))
            at = Scan.AfterSpaces(sentence, Scan.AfterRun(sentence, at + 1, Scan.IsLetterOrHyphen, 0)); // an adjective ("den langen Abend"); a noun is capitalised
        at = Scan.AfterSpaces(sentence, Scan.AfterCapitalised(sentence, at, Scan.IsLetterOrHyphen));
        return HostStatementCues.RestAt(sentence, Scan.AfterSpaces(sentence, Fuehrt.AfterWhole(sentence, at)), MaxRest);
    }

    /// <summary>
    /// "Moderiert wurde der Abend von X":
    /// <c>^(?:Moderiert|Geleitet|Präsentiert|Moderation)\s+(?:wird|wurde|werden|wurden)\s+(?:[\p{L}-]+\s+){1,4}?von\s+(?&lt;rest&gt;\S.{2,200})$</c>,
    /// the fewest words before "von" first.
    /// </summary>
    private static string? ModeriertWurdeVon(string sentence)
    {
        var at = Scan.AfterSpaces(sentence, Passive.AfterWhole(sentence, Scan.AfterSpaces(sentence, Led.After(sentence, 0))));
        for (var words = 1; at >= 0 && words <= 4; words++)
        {
            at = Scan.AfterSpaces(sentence, Scan.AfterRun(sentence, at, Scan.IsLetterOrHyphen));
            if (HostStatementCues.RestAt(sentence, Scan.AfterSpaces(sentence, Scan.AfterPhrase(sentence, at, "von")), MaxRest) is { } rest)
                return rest;
        }

        return null;
    }

    /// <summary>
    /// "Your host, as always: X", "Heute Ihre Gastgeberin: X":
    /// <c>^(?:\p{Lu}\p{Ll}+\s+)?(?:[Yy]our|[Oo]ur|Euer|…|Unsere)\s+(?:[Hh]ost|[Mm]oderator|Moderatorin|Gastgeberin|Gastgeber|[Cc]hair)\b[^:]{0,30}:\s*(?&lt;rest&gt;\p{Lu}.{2,200})$</c>.
    /// </summary>
    private static string? YourHostColon(string sentence)
    {
        var afterOpener = Scan.AfterSpaces(sentence, Scan.AfterCapitalised(sentence, 0, char.IsLower, 1));
        return (afterOpener >= 0 ? YourHostFrom(sentence, afterOpener) : null) ?? YourHostFrom(sentence, 0);
    }

    private static string? YourHostFrom(string sentence, int at)
    {
        at = HostNouns.AfterWhole(sentence, Scan.AfterSpaces(sentence, Possessives.AfterWhole(sentence, at)));
        if (at < 0)
            return null;
        var colon = sentence.AsSpan(at, Math.Min(31, sentence.Length - at)).IndexOf(':'); // [^:]{0,30}: is the first colon within 30
        if (colon < 0)
            return null;
        at = Scan.SkipSpaces(sentence, at + colon + 1);
        return at < sentence.Length && char.IsUpper(sentence[at]) && Scan.AfterRestOfLine(sentence, at + 1, 2, MaxRest) is var end and >= 0 ? sentence[at..end] : null;
    }
}
