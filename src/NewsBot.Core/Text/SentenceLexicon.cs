using System.Collections.Frozen;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Text;

/// <summary>
/// The closed word lists the sentence splitter consults (summarization.md §4.3, rules 5–8 and 12).
/// All lookups are case-sensitive and ordinal.
/// </summary>
internal static class SentenceLexicon
{
    /// <summary>Abbreviations after which a period never ends a sentence (German).</summary>
    private static readonly FrozenSet<string> GermanAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "ggf", "evtl", "inkl", "bspw", "sog", "Abs", "Art", "Bd",
        "Hrsg", "Abb", "geb", "gest", "ehem", "max", "min", "rd", "Tel", "Dipl", "Ing", "jun", "sen", "Hr", "Fr",
        "Frl", "Mo", "Di", "Mi", "Do", "Sa", "So", "Co", "Mr", "Mrs", "Ms", "vs", "lt", "al", "Str", "zzgl",
        "abzgl", "bzgl", "allg", "Bhf", "Dt", "dt", "engl", "frz", "Gebr", "gem", "i", "Kap", "Kfz", "lat",
        "mind", "Mag", "Nachf", "od", "Pkt", "Reg", "Stellv", "stellv", "Std", "tägl", "Tsd", "urspr", "usf",
        "Verf", "vorm", "zit", "Ziff", "zw", "Bsp", "Anm", "Aufl", "Ausg", "betr", "Bez", "Jg", "Jhd", "Jh",
        // parts of organisation names: "Ev. Johanneswerk", "Kath. Klinikum", "Univ. Klinik"
        "Ev", "Evang", "Kath", "Univ",
        // parts of academic degrees: "Dr. med.", "Dr. rer. nat.", "Dr. phil. habil.", "Dr. jur."
        "med", "rer", "nat", "phil", "jur", "habil", "oec", "pol", "theol", "vet");

    /// <summary>Abbreviations that may also end a sentence: split only when a sentence starter follows (rule 6).</summary>
    private static readonly FrozenSet<string> GermanSentenceFinalAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "usw", "etc", "usf", "uvm", "Mio", "Mrd", "Tsd", "Jan", "Feb", "Mrz", "Mär", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Okt", "Nov", "Dez", "Inc", "Ltd", "Corp", "Jh", "Jhd");

    private static readonly FrozenSet<string> EnglishAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "Prof", "Gen", "Sen", "Rep", "Gov", "Col", "Lt", "Sgt",
        "Capt", "Cpt", "Cmdr", "Adm", "Maj", "Mt", "Ft", "Rev", "Hon", "approx", "dept", "Dept", "est", "fig",
        "Fig", "Univ", "Ave", "Blvd", "Rd", "Messrs", "Mmes", "cf", "al");

    private static readonly FrozenSet<string> EnglishSentenceFinalAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "bn", "m");

    /// <summary>Abbreviations that only count as such before a number ("No. 5", "Art. 3").</summary>
    private static readonly FrozenSet<string> NumberAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "No", "Nos", "Vol", "pp", "p", "S");

    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.Ordinal,
        "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Jan", "Feb", "Mrz", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Okt", "Nov", "Dez");

    /// <summary>Words that typically open a sentence (rule 8): after an ordinal-looking number they force a split.</summary>
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(StringComparer.Ordinal,
        "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einen", "Einem", "Er", "Sie", "Es", "Wir", "Ich",
        "Man", "Dies", "Diese", "Dieser", "Dieses", "Danach", "Dann", "Doch", "Aber", "Auch", "Am", "Im", "In",
        "Auf", "Mit", "Nach", "Seit", "Bei", "Laut", "Zudem", "Damit", "Dabei", "Daher", "Deshalb", "So", "Was",
        "Wie", "Wer", "Wo", "Wann", "Warum", "Und", "Oder", "Nun", "Jetzt", "Heute", "Zuvor", "Inzwischen",
        "Außerdem", "Allerdings", "Jedoch", "Trotzdem", "Dort", "Hier", "Als", "Wenn", "Weil", "Ob",
        "The", "A", "An", "It", "This", "That", "These", "Those", "He", "She", "They", "We", "I", "You", "There",
        "But", "And", "In", "On", "At", "After", "Before", "However", "Meanwhile", "Then", "Now", "Its", "His",
        "Her", "Their", "Our");

    public static bool IsAbbreviation(ReadOnlySpan<char> word, DocumentLanguage language, bool nextIsDigit)
    {
        if (nextIsDigit && NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        var set = language == DocumentLanguage.English ? EnglishAbbreviations : GermanAbbreviations;
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    public static bool IsSentenceFinalAbbreviation(ReadOnlySpan<char> word, DocumentLanguage language)
    {
        var set = language == DocumentLanguage.English ? EnglishSentenceFinalAbbreviations : GermanSentenceFinalAbbreviations;
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsStarter(ReadOnlySpan<char> word) => Starters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
