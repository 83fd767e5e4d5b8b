namespace NewsBot.Web.Feeds;

/// <summary>Why bytes are not a readable feed.</summary>
public enum FeedFailureReason
{
    /// <summary>Well-formed XML (or not XML at all), but neither RSS 2.0 nor Atom 1.0.</summary>
    NotAFeed,

    /// <summary>The document declares a DTD (the road to entity expansion, "billion laughs"); never processed.</summary>
    DocumentTypeDefinition,

    /// <summary>Broken XML, or a feed element the library cannot read.</summary>
    Malformed,
}

/// <summary>The outcome of reading a feed.</summary>
public abstract record FeedResult
{
    private FeedResult()
    {
    }

    /// <summary>The feed's title and its items in document order.</summary>
    public sealed record Read(string? Title, IReadOnlyList<FeedItem> Items) : FeedResult;

    /// <summary>Not a feed; <paramref name="Detail"/> says where or why, in English.</summary>
    public sealed record Failed(FeedFailureReason Reason, string Detail) : FeedResult
    {
        public override string ToString() => $"{Reason}: {Detail}";
    }
}
