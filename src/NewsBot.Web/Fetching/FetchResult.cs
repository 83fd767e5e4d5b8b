namespace NewsBot.Web.Fetching;

/// <summary>The outcome of one safe fetch: the content, or a reason code with a short technical detail.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <summary>The answer's body, at most the size limit, with where it finally came from.</summary>
    /// <param name="Url">The URL after redirects.</param>
    /// <param name="MediaType">The content type without parameters, lower case ("text/html").</param>
    /// <param name="Charset">The charset the server named, or null.</param>
    /// <param name="Body">The bytes as received (decompressed).</param>
    public sealed record Fetched(Uri Url, string MediaType, string? Charset, byte[] Body) : FetchResult
    {
        /// <summary>True for RSS, Atom and the generic XML types a feed is served as.</summary>
        public bool IsXml => MediaType.EndsWith("xml", StringComparison.Ordinal) && MediaType != "application/xhtml+xml";

        /// <summary>The answer's ETag and Last-Modified, for the next conditional fetch.</summary>
        public FetchValidators Validators { get; init; } = new(null, null);
    }

    /// <summary>304: the resource is unchanged since the validators sent (only for a conditional fetch).</summary>
    public sealed record NotModified(Uri Url) : FetchResult;

    /// <summary>Nothing usable; <paramref name="Detail"/> names the address, status or size, in English, for logs and the host's message.</summary>
    public sealed record Failed(FetchFailureReason Reason, string Detail) : FetchResult
    {
        /// <summary>
        /// Whether the same fetch may well work later: no answer in time, a failed connection or name lookup, or a server
        /// error status (5xx, 408, 429). A refused address, a name that does not exist, a 404 or a wrong content type stay
        /// what they are.
        /// </summary>
        public bool IsTransient => Reason switch
        {
            FetchFailureReason.Timeout or FetchFailureReason.ConnectionFailed or FetchFailureReason.NameLookupFailed => true,
            FetchFailureReason.HttpError => Detail.Length >= 3 && Detail[0] == '5' && char.IsAsciiDigit(Detail[1]) && char.IsAsciiDigit(Detail[2])
                || Detail.StartsWith("408", StringComparison.Ordinal) || Detail.StartsWith("429", StringComparison.Ordinal),
            _ => false,
        };

        public override string ToString() => $"{Reason}: {Detail}";
    }
}
