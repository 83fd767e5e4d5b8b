using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A conversation and whom it is with, read to the end of the sentence: "In ihrem Gespräch mit X …", "Sie ist im
/// Gespräch mit dem Historiker …".
/// </summary>
internal static class ConversationPhrases
{
    private static readonly PhraseSet Possessives = new(false, "ihrem", "seinem", "ihrer", "seiner", "their", "her", "his");
    private static readonly PhraseSet Conversations = new(false, "Gespräch", "Gesprächs", "conversation", "talk");
    private static readonly PhraseSet MitOrWith = new(false, "mit", "with");
    private static readonly PhraseSet Pronouns = new(false, "Sie", "Er", "She", "He");
    private static readonly PhraseSet Copulas = new(false, "ist", "wird", "is", "will be");
    private static readonly PhraseSet InConversation = new(false, "im Gespräch", "in conversation");

    /// <summary>
    /// "in her conversation with X": <c>\b(?:ihrem|seinem|ihrer|seiner|their|her|his)\s+(?:Gespräch|Gesprächs|conversation|talk)\s+(?:mit|with)\s+(?&lt;rest&gt;\S.{2,200})$</c>,
    /// the rest of the sentence after the leftmost such conversation; null for none.
    /// </summary>
    public static string? GuestsConversationRest(string sentence)
    {
        for (var from = 0; ; )
        {
            var (start, end) = Possessives.Find(sentence, from);
            if (start < 0)
                return null;
            var at = Scan.AfterSpaces(sentence, Conversations.AfterWhole(sentence, Scan.AfterSpaces(sentence, end)));
            if (HostStatementCues.RestAt(sentence, Scan.AfterSpaces(sentence, MitOrWith.AfterWhole(sentence, at)), 200) is { } rest)
                return rest;
            from = start + 1;
        }
    }

    /// <summary>
    /// "Sie ist heute im Gespräch mit dem Historiker …":
    /// <c>^(?:Sie|Er|She|He)\s+(?:ist|wird|is|will\s+be)\s+(?:\p{Ll}+\s+){0,2}?(?:im\s+Gespräch|in\s+conversation)\s+(?:mit|with)\s+(?&lt;obj&gt;\S.{2,300})$</c>,
    /// the fewest lower-case words before the conversation first; the companion and the rest of the sentence, or null.
    /// </summary>
    public static string? PronounTalksWith(string sentence)
    {
        var at = Scan.AfterSpaces(sentence, Copulas.AfterWhole(sentence, Scan.AfterSpaces(sentence, Pronouns.AfterWhole(sentence, 0))));
        for (var words = 0; at >= 0 && words <= 2; words++)
        {
            var with = Scan.AfterSpaces(sentence, MitOrWith.AfterWhole(sentence, Scan.AfterSpaces(sentence, InConversation.AfterWhole(sentence, at))));
            if (HostStatementCues.RestAt(sentence, with, 300) is { } companion)
                return companion;
            at = Scan.AfterSpaces(sentence, Scan.AfterRun(sentence, at, char.IsLower));
        }

        return null;
    }
}
