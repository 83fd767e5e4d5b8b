namespace NewsBot.Web.Pages;

/// <summary>
/// A page's bytes as HTML text in UTF-8's sense: decoded the way a browser would (the server's charset, a BOM, a
/// <c>&lt;meta charset&gt;</c>) and serialized again, so it can be stored as text and read later with
/// <see cref="HtmlPageReader"/> and charset <c>utf-8</c>. Nothing is loaded (no scripts, styles or frames).
/// </summary>
public static class HtmlSource
{
    public static Task<string> DecodeAsync(byte[] body, string? charset, CancellationToken cancellationToken) =>
        HtmlDocuments.ReadAsync(body, charset, url: null, document => document.DocumentElement.OuterHtml, cancellationToken);
}
