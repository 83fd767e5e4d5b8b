using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "Als vierter Gast ist der Unternehmer X dabei", "Außerdem mit dabei ist X", "Auch ist X mit dabei": one more guest.
/// Was <c>^(?:Als\s+(?:\p{Ll}+\s+)?(?:Gast|Gäste|Gesprächspartner(?:in)?)\s+(?:ist|sind)|(?:Ebenfalls|Außerdem|Zudem|Auch)\s+(?:mit\s+)?dabei\s+(?:ist|sind))\s+(?&lt;rest&gt;[^?!]+)$|^(?:Ebenfalls|Außerdem|Zudem|Auch)\s+(?:ist|sind)\s+(?&lt;rest&gt;\p{Lu}[^,;:?!]{2,80}?)\s+(?:mit\s+)?dabei\b</c>.
/// </summary>
internal static class ExtraGuest
{
    private static readonly PhraseSet Guest = new(false, "Gast", "Gäste", "Gesprächspartnerin", "Gesprächspartner");
    private static readonly PhraseSet Is = new(false, "ist", "sind");
    private static readonly PhraseSet Also = new(false, "Ebenfalls", "Außerdem", "Zudem", "Auch");
    private static readonly PhraseSet Present = new(false, "mit dabei", "dabei");

    /// <summary>The guest part, or null.</summary>
    public static string? Rest(string sentence)
    {
        var rest = Scan.RestToEnd(sentence, GuestIs(sentence));
        if (rest < 0)
            rest = Scan.RestToEnd(sentence, Scan.AfterSpacesThen(sentence, Scan.AfterSpacesThen(sentence, Also.After(sentence, 0), Present), Is));
        if (rest >= 0)
            return sentence[rest..]; // "Als vierter Gast ist X", "Außerdem mit dabei ist X"
        return AlsoIsPresent(sentence);
    }

    // ^Als\s+(?:\p{Ll}+\s+)?(?:Gast|Gäste|Gesprächspartner(?:in)?)\s+(?:ist|sind)
    private static int GuestIs(string sentence)
    {
        var at = Scan.AfterPhrase(sentence, 0, "Als ");
        if (at >= 0 && at < sentence.Length && char.IsLower(sentence[at]))
            at = Scan.AfterPhrase(sentence, Scan.AfterRun(sentence, at, char.IsLower), " ");
        return Scan.AfterSpacesThen(sentence, Guest.After(sentence, at), Is);
    }

    // ^(?:Ebenfalls|Außerdem|Zudem|Auch)\s+(?:ist|sind)\s+(?<rest>\p{Lu}[^,;:?!]{2,80}?)\s+(?:mit\s+)?dabei\b
    private static string? AlsoIsPresent(string sentence)
    {
        var guest = Scan.AfterPhrase(sentence, Scan.AfterSpacesThen(sentence, Also.After(sentence, 0), Is), " ");
        if (guest < 0 || guest >= sentence.Length || !char.IsUpper(sentence[guest]))
            return null;
        var (end, _) = Scan.ShortestRunBeforeSpaces(sentence, guest + 1, c => c is not (',' or ';' or ':' or '?' or '!'), 2, 80, Present.AfterWhole);
        return end < 0 ? null : sentence[guest..end];
    }
}
