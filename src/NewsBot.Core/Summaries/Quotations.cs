namespace NewsBot.Core.Summaries;

/// <summary>
/// Recognises sentences that mostly consist of a direct quotation („…“, sagte X): vivid but rarely the news itself,
/// so they are demoted, not excluded.
/// </summary>
internal static class Quotations
{
    /// <summary>Share of the sentence's characters that lie inside quotation marks.</summary>
    public static double QuotedShare(ReadOnlySpan<char> sentence)
    {
        if (sentence.IsEmpty)
        {
            return 0;
        }

        var quoted = 0;
        var inside = false;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (c is '„' or '»' or '“' or '”' or '"' or '«')
            {
                var opens = c is '„' or '»' || (c is '“' or '"' or '«' && !inside && (i == 0 || !char.IsLetterOrDigit(sentence[i - 1])) && i + 1 < sentence.Length && !char.IsWhiteSpace(sentence[i + 1]));
                inside = opens || (!inside && c is '”');
                continue;
            }

            quoted += inside ? 1 : 0;
        }

        return (double)quoted / sentence.Length;
    }
}
