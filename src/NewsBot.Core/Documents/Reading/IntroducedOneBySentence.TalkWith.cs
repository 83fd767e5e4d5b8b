using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

internal static partial class IntroducedOneBySentence
{
    /// <summary>The words of talk a sentence of talk with someone is read from, as whole words.</summary>
    private static readonly PhraseSet TalkWords = new(false, "spricht", "sprechen", "diskutiert", "diskutieren", "redet", "reden", "debattiert",
        "unterhält", "Gespräch", "talks", "speaks", "discusses", "debates", "chats", "conversation");

    private static readonly PhraseSet MitOrWith = new(false, "mit", "with");

    /// <summary>How far after the word of talk "mit"/"with" is looked for, within the same sentence part.</summary>
    private const int MaxTalkGap = 80;

    /// <summary>
    /// "X spricht an diesem Abend mit …", "Sie ist im Gespräch mit …", "diskutiert X mit …", "X talks with …": the person
    /// talked with, the rest of the line after the nearest "mit"/"with" that follows a word of talk within 80 characters
    /// without a full stop, question or exclamation mark; null when the sentence is no talk with someone. As
    /// <c>\b(?:spricht|…|conversation)\b[^.?!]{0,80}?\s(?:mit|with)\s+(?&lt;rest&gt;\S.*)$</c>.
    /// </summary>
    internal static string? TalkPartner(string sentence)
    {
        // ".*$" reads the rest to the end of its line, which must end the text (or stand before a line break that does)
        var lastInnerBreak = sentence.Length > 1 ? sentence.AsSpan(0, sentence.Length - 1).LastIndexOf('\n') : -1;
        for (var (start, end) = TalkWords.Find(sentence); start >= 0; (start, end) = TalkWords.Find(sentence, start + 1))
        {
            for (var at = end; at <= end + MaxTalkGap && at < sentence.Length; at++) // the nearest "mit" first
            {
                if (at > end && sentence[at - 1] is '.' or '?' or '!')
                    break;
                if (!char.IsWhiteSpace(sentence[at]))
                    continue;
                var with = MitOrWith.After(sentence, at + 1);
                var rest = with < 0 ? -1 : Scan.AfterSpaces(sentence, with);
                if (rest >= 0 && rest < sentence.Length && rest > lastInnerBreak)
                    return sentence[rest..(sentence[^1] == '\n' ? sentence.Length - 1 : sentence.Length)];
            }
        }

        return null;
    }
}
