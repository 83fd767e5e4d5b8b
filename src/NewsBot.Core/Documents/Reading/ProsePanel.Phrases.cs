using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

internal static partial class ProsePanel
{
    private static readonly PhraseSet CompanionPrepositions = new(false, "Neben", "Alongside", "Beside");
    private static readonly PhraseSet CompanionPronouns = new(false, "ihm", "ihr", "him", "her");
    private static readonly PhraseSet JoinedSubjects = new(false, "She", "He");
    private static readonly PhraseSet JoinedVerbs = new(false, "will be", "is");
    private static readonly PhraseSet JoinedContractions = new(false, "'ll be", "’ll be");
    private static readonly PhraseSet HostWords = new(true, "host", "moderat", "present", "anchor", "chair", "gastgeber", "führt");
    private static readonly PhraseSet GuestNumbers = new(false, "zwei", "drei", "vier", "fünf", "ihre", "seine", "two", "three", "four", "five", "her", "his");
    private static readonly PhraseSet GuestWords = new(false, "Gäste", "guests");
    private static readonly PhraseSet StudioWords = new(false, "im Studio", "in the studio", "live");

    /// <summary>
    /// "Neben ihm diskutieren A und B", "Alongside her on the panel are A and B": the person named before discusses too.
    /// As <c>^(?:Neben|Alongside|Beside)\s+(?:ihm|ihr|him|her)\b</c>.
    /// </summary>
    internal static bool OpensWithCompanion(string sentence) =>
        CompanionPronouns.AfterWhole(sentence, Scan.AfterPhrase(sentence, CompanionPrepositions.After(sentence, 0), " ")) >= 0;

    /// <summary>
    /// "She will be joined by …", "He is joined by …", "She'll be joined by …". As
    /// <c>^(?:She|He)(?:\s+will\s+be|\s+is|['’]ll\s+be)\s+joined\b</c>.
    /// </summary>
    internal static bool OpensWithJoinedPronoun(string sentence)
    {
        var subject = JoinedSubjects.After(sentence, 0);
        if (subject < 0)
            return false;
        var spaced = Scan.AfterSpaces(sentence, subject);
        var verb = spaced >= 0 ? JoinedVerbs.After(sentence, spaced) : JoinedContractions.After(sentence, subject);
        var joined = Scan.AfterPhrase(sentence, verb, " joined");
        return joined >= 0 && Scan.IsBoundary(sentence, joined);
    }

    /// <summary>"host", "Moderatorin", "presents", "chair", "führt": a word about the host, at a word start in any case. As <c>(?i:\b(?:host|moderat|present|anchor|chair|gastgeber|führt))</c>.</summary>
    internal static bool HasHostWord(string sentence) => HostWords.FindAtWordStart(sentence).Start >= 0;

    /// <summary>
    /// "Im Studio begrüßt Moderatorin X heute zwei Gäste.", "Host X welcomes three guests in the studio:": a sentence that
    /// ends with the number of guests. As <c>\b(?:zwei|…|her|his)\s+(?:Gäste|guests)(?:\s+(?:im\s+Studio|in\s+the\s+studio|live))?\s*[.:]?$</c>.
    /// </summary>
    internal static bool EndsCountingGuests(string sentence)
    {
        for (var (start, end) = GuestNumbers.Find(sentence); start >= 0; (start, end) = GuestNumbers.Find(sentence, start + 1))
        {
            var guests = GuestWords.After(sentence, Scan.AfterSpaces(sentence, end));
            if (guests < 0)
                continue;
            var studio = StudioWords.After(sentence, Scan.AfterSpaces(sentence, guests));
            if ((studio >= 0 && EndsSentence(sentence, studio)) || EndsSentence(sentence, guests))
                return true;
        }

        return false;
    }

    /// <summary>Only white space and at most a full stop or colon left (<c>\s*[.:]?$</c>).</summary>
    private static bool EndsSentence(string sentence, int at)
    {
        var mark = Scan.SkipSpaces(sentence, at);
        return Scan.IsEnd(sentence, mark) || (sentence[mark] is '.' or ':' && Scan.IsEnd(sentence, mark + 1));
    }
}
