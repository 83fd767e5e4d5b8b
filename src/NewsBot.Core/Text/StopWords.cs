using System.Collections.Frozen;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Text;

/// <summary>
/// Function words that carry no topic (our own lists, in the spirit of the Snowball German/English lists).
/// Lower-case, compared ordinally on lower-cased tokens before stemming.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> German = FrozenSet.Create(StringComparer.Ordinal,
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderem",
        "anderen", "anderer", "anderes", "anderm", "andern", "anders", "auch", "auf", "aus", "bei", "beim", "bin",
        "bis", "bist", "da", "damit", "dann", "der", "den", "des", "dem", "die", "das", "dass", "daß", "derselbe",
        "derselben", "denselben", "desselben", "demselben", "dieselbe", "dieselben", "dasselbe", "dazu", "dein",
        "deine", "deinem", "deinen", "deiner", "deines", "denn", "derer", "dessen", "dich", "dir", "du", "dies",
        "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "durch", "ein", "eine", "einem", "einen",
        "einer", "eines", "einig", "einige", "einigem", "einigen", "einiger", "einiges", "einmal", "er", "ihn",
        "ihm", "es", "etwas", "euer", "eure", "eurem", "euren", "eurer", "eures", "für", "gegen", "gewesen", "hab",
        "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "mich", "mir", "ihr", "ihre",
        "ihrem", "ihren", "ihrer", "ihres", "euch", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden",
        "jeder", "jedes", "jene", "jenem", "jenen", "jener", "jenes", "jetzt", "kann", "kein", "keine", "keinem",
        "keinen", "keiner", "keines", "können", "könnte", "könnten", "machen", "man", "manche", "manchem",
        "manchen", "mancher", "manches", "mein", "meine", "meinem", "meinen", "meiner", "meines", "mit", "muss",
        "musste", "müsse", "müssen", "müssten", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder",
        "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "seines", "selbst", "sich", "sie", "ihnen",
        "sind", "so", "solche", "solchem", "solchen", "solcher", "solches", "soll", "sollen", "sollte", "sondern",
        "sonst", "über", "um", "und", "uns", "unsere", "unserem", "unseren", "unser", "unseres", "unter", "viel",
        "vom", "von", "vor", "während", "war", "waren", "warst", "was", "weg", "weil", "weiter", "welche",
        "welchem", "welchen", "welcher", "welches", "wenn", "werde", "werden", "wie", "wieder", "will", "wir",
        "wird", "wirst", "wo", "wollen", "wollte", "würde", "würden", "zu", "zum", "zur", "zwar", "zwischen",
        "sei", "seien", "wäre", "wären", "worden", "wurde", "wurden", "wer", "wann", "warum", "zudem", "sowie",
        "bereits", "schon", "etwa", "dabei", "dafür", "daher", "darauf", "darüber", "denen", "deren", "dort",
        "hieß", "laut", "zufolge", "sagte", "sagt", "heißt", "ab", "seit", "bis", "gibt", "geht", "ging", "kam",
        "mehr", "mehrere", "weitere", "weiteren", "wegen", "soll", "eben", "immer", "aller", "allerdings",
        "jedoch", "dagegen", "darunter", "außerdem", "überhaupt", "mittlerweile", "zunächst");

    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.Ordinal,
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
        "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
        "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those",
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "would", "should", "could", "ought", "will", "shall", "can", "may", "might", "must", "a",
        "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with",
        "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to",
        "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once",
        "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
        "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "said",
        "says", "also", "just", "now", "still", "even", "s", "t", "don", "it's", "its", "there's", "that's",
        "according", "told", "say", "since", "yet", "however", "whether", "within", "without", "per", "via");

    public static bool Contains(ReadOnlySpan<char> lowerCaseWord, DocumentLanguage language) =>
        (language == DocumentLanguage.English ? English : German).GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerCaseWord);
}
