using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// The host as the person whose guests they are: "In dieser Folge spricht X mit drei Gästen", "Im Studio begrüßt
/// Moderatorin X heute zwei Gäste", "X asks her guests …". Each reader returns the words its host phrase names the host
/// with (the regular expression's <c>rest</c>), or null.
/// </summary>
internal static class GuestsHostPhrases
{
    private static readonly PhraseSet TalkVerbs = new(false, "spricht", "diskutiert", "redet", "debattiert");
    private static readonly PhraseSet TalkFillers = new(false, "heute", "darüber", "dazu", "live", "wieder");
    private static readonly PhraseSet TalkCounts = new(false, "ihren", "seinen", "zwei", "drei", "vier", "fünf", "sechs");
    private static readonly PhraseSet TalkGuests = new(false, "Gäst", "Gast");

    private static readonly PhraseSet ReceivingVerbs = new(false, "begrüßt", "begrüßen", "empfängt", "fragt", "befragt", "welcomes", "asks", "quizzes");
    private static readonly PhraseSet ReceivingFillers = new(false, "heute", "dazu", "live", "today", "tonight");
    private static readonly PhraseSet ReceivingCounts = new(false, "zwei", "drei", "vier", "fünf", "ihre", "seine", "two", "three", "four", "five", "her", "his");
    private static readonly PhraseSet ReceivingGuests = new(false, "Gäste", "Gast", "guests");

    private static readonly PhraseSet AskingVerbs = new(false, "asks", "welcomes", "quizzes", "befragt", "fragt", "begrüßt", "empfängt");
    private static readonly PhraseSet AskingFillers = new(false, "today", "tonight", "heute");
    private static readonly PhraseSet AskingCounts = new(false, "her", "his", "their", "two", "three", "four", "five", "ihre", "seine", "zwei", "drei", "vier", "fünf");
    private static readonly PhraseSet AskingGuests = new(false, "guests", "Gäste");

    /// <summary>
    /// "spricht X mit drei Gästen", "diskutiert X heute mit ihren Gästen": the verb before its subject of two to four
    /// capitalised words, as
    /// <c>\b(?:spricht|diskutiert|redet|debattiert)\s+(?&lt;rest&gt;\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:(?:heute|darüber|dazu|live|wieder)\s+)*mit\s+(?:ihren|seinen|zwei|drei|vier|fünf|sechs)\s+(?:Gäst|Gast)</c>.
    /// </summary>
    public static string? TalksWithGuests(string text)
    {
        Span<int> ends = stackalloc int[4];
        for (var (start, end) = TalkVerbs.Find(text); start >= 0; (start, end) = TalkVerbs.Find(text, start + 1))
        {
            var at = Scan.AfterSpaces(text, end);
            for (var words = Scan.CapitalisedWords(text, at, Scan.IsNameLetterOrDot, ends); words >= 2; words--)
            {
                var mit = Scan.AfterPhrase(text, AfterFillers(text, Scan.AfterSpaces(text, ends[words - 1]), TalkFillers), "mit ");
                if (TalkGuests.After(text, Scan.AfterSpaces(text, TalkCounts.After(text, mit))) >= 0)
                    return text[at..ends[words - 1]];
            }
        }

        return null;
    }

    /// <summary>
    /// "begrüßt Moderatorin X heute zwei Gäste", "Tonight presenter X asks her guests": the fewest words from a capital on,
    /// 3 to 101 characters and no clause mark, as
    /// <c>\b(?:begrüß(?:t|en)|empfängt|fragt|befragt|welcomes|asks|quizzes)\s+(?&lt;rest&gt;\p{Lu}[^,;:?!]{2,100}?)\s+(?:(?:heute|dazu|live|today|tonight)\s+)*(?:zwei|…|her|his)\s+(?:Gäste|Gast|guests)\b</c>.
    /// </summary>
    public static string? ReceivesGuests(string text)
    {
        // the fillers' run from one word start holds or fails for every word start in it: remember the last run read
        var (runFrom, runTo, runHolds) = (-1, -1, false);
        for (var (start, end) = ReceivingVerbs.Find(text); start >= 0; (start, end) = ReceivingVerbs.Find(text, start + 1))
        {
            var at = Scan.AfterSpaces(text, end);
            if (at < 0 || at >= text.Length || !char.IsUpper(text[at]))
                continue;
            for (var length = 1; length <= 100 && at + length < text.Length && !Scan.IsClauseMark(text[at + length]); length++)
            {
                var after = at + length + 1;
                if (length < 2 || after >= text.Length || !char.IsWhiteSpace(text[after]))
                    continue;
                var word = Scan.SkipSpaces(text, after);
                if (word < runFrom || word > runTo)
                {
                    runFrom = word;
                    runTo = AfterFillers(text, word, ReceivingFillers);
                    runHolds = ReceivingGuests.AfterWhole(text, Scan.AfterSpaces(text, ReceivingCounts.After(text, runTo))) >= 0;
                }

                if (runHolds)
                    return text[at..after];
            }
        }

        return null;
    }

    /// <summary>
    /// "X asks her guests", "X welcomes two guests": the fewest characters the sentence opens with, 3 to 120 and no clause
    /// mark, before the verb, as
    /// <c>^(?&lt;rest&gt;[^,;:?!]{3,120}?)\s+(?:asks|welcomes|quizzes|befragt|fragt|begrüßt|empfängt)\s+(?:(?:today|tonight|heute)\s+)?(?:her|…|fünf)\s+(?:guests|Gäste)\b</c>.
    /// </summary>
    public static string? SubjectAsksGuests(string text)
    {
        // every position of one run of white space is followed by the same word: remember the last word read
        var (lastWord, lastHolds) = (-1, false);
        for (var length = 1; length <= 120 && length < text.Length && !Scan.IsClauseMark(text[length - 1]); length++)
        {
            if (length < 3 || !char.IsWhiteSpace(text[length]))
                continue;
            var word = Scan.SkipSpaces(text, length);
            if (word != lastWord)
            {
                lastWord = word;
                var filler = Scan.AfterSpaces(text, AskingVerbs.After(text, word));
                var count = Scan.AfterSpaces(text, AskingFillers.After(text, filler)) is var afterFiller and >= 0 ? afterFiller : filler;
                lastHolds = AskingGuests.AfterWhole(text, Scan.AfterSpaces(text, AskingCounts.After(text, count))) >= 0;
            }

            if (lastHolds)
                return text[..length];
        }

        return null;
    }

    // (?:(?:filler)\s+)*: the index after the fillers and their white space (at itself when none is there; -1 stays -1)
    private static int AfterFillers(string text, int at, PhraseSet fillers)
    {
        while (Scan.AfterSpaces(text, fillers.After(text, at)) is var next and >= 0)
            at = next;
        return at;
    }
}
