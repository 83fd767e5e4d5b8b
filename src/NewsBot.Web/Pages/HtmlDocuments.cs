using System.Text;
using AngleSharp;
using AngleSharp.Dom;

namespace NewsBot.Web.Pages;

/// <summary>
/// Parses a page's bytes into a document the way a browser decodes them (the server's charset, a BOM, a
/// <c>&lt;meta charset&gt;</c>) and hands it to <c>read</c>. Nothing is loaded: no scripts, styles, frames or images.
/// </summary>
internal static class HtmlDocuments
{
    public static async Task<T> ReadAsync<T>(byte[] body, string? charset, Uri? url, Func<IDocument, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var context = BrowsingContext.New(Configuration.Default);
        var utf16 = Utf16Named(charset, body);
        using var stream = new MemoryStream(body, writable: false);
        using var document = await context.OpenAsync(
            response =>
            {
                // A UTF-16 page without a byte order mark is decoded here: the parser would read its bytes as UTF-8.
                if (utf16 is not null)
                    response.Content(utf16.GetString(body)).Header("Content-Type", "text/html; charset=utf-8");
                else
                    response.Content(stream).Header("Content-Type", charset is null ? "text/html" : $"text/html; charset={charset}");
                if (url is not null)
                    response.Address(url);
            },
            cancellationToken);
        return read(document);
    }

    /// <summary>The UTF-16 the server named for a body without a byte order mark (a BOM decides by itself), or null.</summary>
    private static UnicodeEncoding? Utf16Named(string? charset, byte[] body)
    {
        if (charset is null || body is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return null;
        return charset.Trim().ToLowerInvariant() switch
        {
            // WHATWG's label "utf-16" means little-endian.
            "utf-16" or "utf-16le" or "unicode" or "ucs-2" or "csunicode" or "iso-10646-ucs-2" or "unicodefeff" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            "utf-16be" or "unicodefffe" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            _ => null,
        };
    }
}
