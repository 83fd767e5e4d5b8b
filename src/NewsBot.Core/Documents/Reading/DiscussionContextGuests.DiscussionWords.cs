using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

internal static partial class DiscussionContextGuests
{
    /// <summary>Words of discussion found anywhere, also inside a longer word ("Podiumsgespräch", "Expertendiskussion").</summary>
    private static readonly PhraseSet DiscussionInWords = new(true, "podium", "diskussion", "diskutier", "debatt", "gespräch", "streitgespräch",
        "debate", "discussion", "conversation", "webinar", "roundtable", "round table", "brings together");

    /// <summary>Words of discussion found at the start of a word ("panellists", "discussed").</summary>
    private static readonly PhraseSet DiscussionWordStarts = new(true, "panel", "discuss");

    /// <summary>Words of discussion found as whole words only ("Runde", not "Gesprächsrunden").</summary>
    private static readonly PhraseSet DiscussionWholeWords = new(true, "runde", "forum", "talk", "zu gast", "mit dabei");

    /// <summary>The copulas of "ist … dabei", the longer of two that start alike first ("waren" before "war").</summary>
    private static readonly PhraseSet TakingPartCopulas = new(true, "waren", "war", "sind", "ist");

    /// <summary>
    /// A word that names the discussion or its guests, in any case: "podium", "Gespräch", "Runde", "panel", "webinar",
    /// "zu Gast", "bringt … zusammen", "ist … dabei". As <c>(?i:podium|diskussion|…|\brunde\b|…|\bpanel|…|\btalk\b|
    /// \bzu\s+gast\b|brings\s+together|bringt\s+.{0,40}zusammen|\bmit\s+dabei\b|\b(?:ist|sind|war|waren)\s+[^.]{0,80}\bdabei\b)</c>.
    /// </summary>
    internal static bool NamesDiscussion(string sentence)
    {
        for (var at = 0; at < sentence.Length; at++)
        {
            if (DiscussionInWords.After(sentence, at) >= 0 || BringsTogether(sentence, at))
                return true;
            if (Scan.IsBoundary(sentence, at) && (DiscussionWordStarts.After(sentence, at) >= 0 || DiscussionWholeWords.AfterWhole(sentence, at) >= 0
                || TakesPart(sentence, at)))
                return true;
        }

        return false;
    }

    /// <summary>"bringt … zusammen" with at most 40 characters of one line between the spaces after "bringt" and "zusammen" (<c>bringt\s+.{0,40}zusammen</c>).</summary>
    private static bool BringsTogether(string sentence, int at)
    {
        var gap = Scan.AfterPhrase(sentence, at, "bringt ", ignoreCase: true);
        for (var end = gap; end >= 0 && end <= gap + 40; end++)
        {
            if (Scan.AfterPhrase(sentence, end, "zusammen", ignoreCase: true) >= 0)
                return true;
            if (end >= sentence.Length || sentence[end] == '\n')
                return false;
        }

        return false;
    }

    /// <summary>"ist … dabei" with at most 80 characters and no full stop between the spaces after the copula and "dabei" (<c>(?:ist|sind|war|waren)\s+[^.]{0,80}\bdabei\b</c>).</summary>
    private static bool TakesPart(string sentence, int at)
    {
        var gap = Scan.AfterPhrase(sentence, TakingPartCopulas.After(sentence, at), " ");
        for (var end = gap; end >= 0 && end <= gap + 80 && end < sentence.Length; end++)
        {
            if (Scan.IsBoundary(sentence, end) && Scan.AfterPhrase(sentence, end, "dabei", ignoreCase: true) is >= 0 and var after && Scan.IsBoundary(sentence, after))
                return true;
            if (sentence[end] == '.')
                return false;
        }

        return false;
    }
}
