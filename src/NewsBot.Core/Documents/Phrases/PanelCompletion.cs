using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Phrases;

/// <summary>
/// "Ergänzt wurde die Runde durch X", "Rounding out the panel is X", "Auch auf dem Podium saß X": a sentence that opens
/// by naming the last of several guests. Was <c>^(?:(?:Komplettiert|Ergänzt|Vervollständigt)\s+(?:wird|wurde)\s+die\s+(?:Runde|Diskussion|Gesprächsrunde)|(?:Rounding|Filling)\s+out\s+the\s+panel|Completing\s+the\s+panel|Also\s+on\s+the\s+panel\s+(?:was|were)|(?:Ebenfalls|Außerdem|Auch)\s+auf\s+dem\s+Podium\s+(?:saß|saßen|war|waren))\b</c>.
/// </summary>
internal static class PanelCompletion
{
    private static readonly PhraseSet Completed = new(false, "Komplettiert", "Ergänzt", "Vervollständigt");
    private static readonly PhraseSet IsOrWas = new(false, "wird", "wurde");
    private static readonly PhraseSet Rounds = new(false, "Runde", "Diskussion", "Gesprächsrunde");
    private static readonly PhraseSet EnglishOpenings = new(false,
        "Rounding out the panel", "Filling out the panel", "Completing the panel", "Also on the panel was", "Also on the panel were");
    private static readonly PhraseSet Also = new(false, "Ebenfalls", "Außerdem", "Auch");
    private static readonly PhraseSet Sat = new(false, "saß", "saßen", "war", "waren");

    public static bool Opens(string sentence)
    {
        var round = Scan.AfterPhrase(sentence, Scan.AfterSpacesThen(sentence, Completed.After(sentence, 0), IsOrWas), " die");
        if (Scan.AfterSpacesThen(sentence, round, Rounds, whole: true) >= 0)
            return true; // "Komplettiert wird die Runde"
        if (EnglishOpenings.AfterWhole(sentence, 0) >= 0)
            return true; // "Rounding out the panel"
        var podium = Scan.AfterPhrase(sentence, Also.After(sentence, 0), " auf dem Podium");
        return Scan.AfterSpacesThen(sentence, podium, Sat, whole: true) >= 0; // "Auch auf dem Podium saß"
    }
}
