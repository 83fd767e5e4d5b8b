namespace NewsBot.Core.Documents;

/// <summary>Reads one document file: size limit, decoding, parsing. Expected failures come back as <see cref="ParseResult.Rejected"/>.</summary>
public static class DocumentReader
{
    /// <summary>The id of the document at <paramref name="path"/>: its file name without extension.</summary>
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    public static Task<ParseResult> ReadAsync(string path, int maxBytes, CancellationToken cancellationToken) =>
        ReadAsync(path, maxBytes, explanation: null, cancellationToken);

    /// <param name="path">The document file.</param>
    /// <param name="maxBytes">Larger files are refused.</param>
    /// <param name="explanation">When given, collects why the reader chose each field (see <see cref="ParseExplanation"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ParseResult> ReadAsync(string path, int maxBytes, ParseExplanation? explanation, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return new ParseResult.Rejected("file not found");
            if (info.Length > maxBytes)
                return new ParseResult.Rejected($"too large: {info.Length:N0} bytes, the limit is {maxBytes:N0} bytes");
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ParseResult.Rejected($"cannot read the file: {e.Message}");
        }

        return Parse(IdOf(path), bytes, maxBytes, explanation);
    }

    public static ParseResult Parse(string id, ReadOnlySpan<byte> bytes, int maxBytes) => Parse(id, bytes, maxBytes, explanation: null);

    public static ParseResult Parse(string id, ReadOnlySpan<byte> bytes, int maxBytes, ParseExplanation? explanation)
    {
        if (bytes.Length > maxBytes)
            return new ParseResult.Rejected($"too large: {bytes.Length:N0} bytes, the limit is {maxBytes:N0} bytes");
        var text = DocumentDecoder.Decode(bytes, out var error);
        return text is null ? new ParseResult.Rejected(error ?? "not a text document") : DiscussionParser.Parse(id, text, explanation);
    }
}
