namespace NewsBot.Core.Documents.Time;

/// <summary>What the name of a channel or streaming platform looks like, by shape alone: "ZDF", "BBC", "ZDFinfo", "YouTube".</summary>
internal static class ChannelShape
{
    private const int MaxLength = 8;

    /// <summary>
    /// An abbreviation of two to eight letters that starts with two capitals ("SWR", "ZDFinfo"), or a word with a
    /// capital after a small letter ("YouTube"). Ordinary capitalised words ("Rathaus", "Abend") are not.
    /// </summary>
    public static bool IsChannelLike(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > MaxLength || !char.IsUpper(word[0]))
            return false;
        if (char.IsUpper(word[1]))
            return true;
        for (var i = 2; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
                return true;
        }

        return false;
    }
}
