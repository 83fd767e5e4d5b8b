using System.Collections.Frozen;

namespace NewsBot.Core.Documents.People;

/// <summary>Titles, honorifics and ranks in front of a name, and post-nominals after it: never part of the name.</summary>
internal static class Honorifics
{
    private static readonly FrozenSet<string> Prefixes = FrozenSet.Create(StringComparer.Ordinal,
        "Dr", "Dr.", "Prof", "Prof.", "Professor", "Professorin", "Doctor", "PD", "Dres.", "Jun.-Prof.", "Priv.-Doz.", "Doz.", "Mag.", "habil.", "em.", "apl.", "h.c.", "h.", "c.",
        "med.", "rer.", "nat.", "pol.", "phil.", "jur.", "oec.", "soc.", "theol.", "Dipl.-Ing.", "Dr.-Ing.", "Dr.-Ing",
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Miss", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Herr", "Frau",
        "Rev.", "Revd", "Revd.", "Reverend", "Canon", "Rabbi", "Imam", "Hon.", "Rt", "Rt.", "Honourable", "Honorable",
        "Gen.", "General", "Col.", "Colonel", "Lt.", "Lt", "Lieutenant", "Maj.", "Major", "Capt.", "Captain", "Adm.", "Admiral",
        "Brig.", "Brigadier", "Sgt.", "Sergeant", "Cmdr.", "Commander", "Cdr.", "Gov.", "Sen.", "Senator", "Rep.", "Amb.",
        "Oberst", "Oberstleutnant", "Oberstabsarzt", "Generalleutnant", "Generalmajor", "Brigadegeneral", "Hauptmann", "Fregattenkapitän",
        "Kapitän", "Konteradmiral", "Vizeadmiral", "Flottillenadmiral", "Rear",
        "Pfarrer", "Pfarrerin", "Pastor", "Pastorin", "Pater", "Sr.", "Schwester", "Cllr", "Cllr.", "Councillor", "Ambassador", "Sgt", "Gen", "Adm");

    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.Ordinal,
        "MdB", "MdL", "MdEP", "MdA", "MEP", "MP", "MSP", "MLA", "AM", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "FBA",
        "PhD", "Ph.D.", "Ph.D", "MD", "M.D.", "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "(ret.)", "(ret)", "(retd.)", "a.D.", "(a.D.)",
        "(Ret.)", "(Ret)", "Ret.", "USN", "USAF", "USMC", "USCG", "MS", "MSc", "MBA", "Esq.", "DPhil", "D.Phil.", "FRSE", "FRCP",
        "OSB", "SJ", "OP", "OFM", "OFMCap", "OCist", "OCD", "SDB", "SVD", "CSsR", "OSA", "OPraem", "MSC");

    private static readonly FrozenSet<string> ReligiousOrders = FrozenSet.Create(StringComparer.Ordinal,
        "OSB", "SJ", "OP", "OFM", "OFMCap", "OCist", "OCD", "SDB", "SVD", "CSsR", "OSA", "OPraem", "MSC");

    public static bool IsPrefix(string token) => Prefixes.Contains(token);

    /// <summary>"SJ", "OSB": the post-nominal of a religious order (its members are called "P.", "Br.", "Sr." before the name).</summary>
    public static bool IsReligiousOrder(string token) => ReligiousOrders.Contains(token);

    public static bool IsSuffix(string token) => Suffixes.Contains(token) || IsClassYear(token);

    /// <summary>"'04", "’12": an alumnus' class year after the name.</summary>
    private static bool IsClassYear(string token) =>
        token.Length == 3 && token[0] is '\'' or '’' && char.IsAsciiDigit(token[1]) && char.IsAsciiDigit(token[2]);
}
