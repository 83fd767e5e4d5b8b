using NewsBot.Core.Documents;
using NewsBot.GuildDiscussions;
using NewsBot.Texts;
using NewsBot.Web.Fetching;
using NewsBot.Web.Pages;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// Turns what a moderator handed in into a document to read, refusing what cannot be one with a specific reason:
/// a file (.txt, .md, .html; at most 256 KiB; any encoding the documents' loader accepts), a web page through the safe
/// fetcher (never inside the bot's network), or pasted text.
/// </summary>
internal sealed class DocumentIntake(IAttachmentDownloads downloads, IWebFetcher fetcher)
{
    public const int MaxFileBytes = 256 * 1024;
    private const int PastedIdLength = 40;
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    public async Task<Intake> FromFileAsync(CommandAttachment? file, CancellationToken cancellationToken)
    {
        if (file is null)
            return new Intake.Refused(DiscussionsTexts.NoFile);
        var name = file.Filename;
        var safeName = Messages.DiscordText.Safe(Messages.DiscordText.Truncate(name, 100));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var isHtml = HtmlExtensions.Contains(extension);
        if (!isHtml && !TextExtensions.Contains(extension) && !MarkdownExtensions.Contains(extension))
            return new Intake.Refused(l => DiscussionsTexts.WrongFileType(l, safeName));
        if (file.Size > MaxFileBytes)
            return new Intake.Refused(l => DiscussionsTexts.FileTooLarge(l, safeName, MaxFileBytes));

        byte[] bytes;
        switch (await downloads.DownloadAsync(file, MaxFileBytes, cancellationToken))
        {
            case AttachmentDownload.Downloaded downloaded:
                bytes = downloaded.Bytes;
                break;
            case AttachmentDownload.TooLarge:
                return new Intake.Refused(l => DiscussionsTexts.FileTooLarge(l, safeName, MaxFileBytes));
            default:
                return new Intake.Refused(l => DiscussionsTexts.DownloadFailed(l, safeName));
        }

        // The loader's decoding also proves the bytes are text (no NUL or control characters), for HTML too.
        if (DocumentDecoder.Decode(bytes, out var error) is not { } text)
            return new Intake.Refused(l => DiscussionsTexts.NotText(l, safeName, error ?? "binary"));
        var baseId = OwnDiscussionIds.Slug(Path.GetFileNameWithoutExtension(name), "document");
        if (isHtml)
            return new Intake.Accepted(DocumentFormat.Html, DiscussionOrigin.File, name, await HtmlSource.DecodeAsync(bytes, null, cancellationToken), baseId);
        var content = MarkdownExtensions.Contains(extension) ? MarkdownText.ToPlain(text) : text;
        return new Intake.Accepted(DocumentFormat.Text, DiscussionOrigin.File, name, content, baseId);
    }

    public async Task<Intake> FromUrlAsync(string? typed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(typed) || !Uri.TryCreate(typed.Trim(), UriKind.Absolute, out var url))
        {
            var shown = Messages.DiscordText.Safe(Messages.DiscordText.Truncate(typed ?? "", 100));
            return new Intake.Refused(l => WebReadingTexts.Describe(FetchFailureReason.InvalidUrl, shown, l));
        }

        switch (await fetcher.FetchAsync(url, cancellationToken))
        {
            case FetchResult.Failed failed:
                return new Intake.Refused(l => WebReadingTexts.Describe(failed.Reason, failed.Detail, l)) { Transient = failed.IsTransient };
            case FetchResult.Fetched { IsXml: true }:
                return new Intake.Refused(DiscussionsTexts.IsAFeed);
            case FetchResult.Fetched { MediaType: "text/plain" } page:
                return DocumentDecoder.Decode(page.Body, out var error) is { } text
                    ? new Intake.Accepted(DocumentFormat.Text, DiscussionOrigin.Url, page.Url.AbsoluteUri, text, PageIds.FromUrl(page.Url))
                    : new Intake.Refused(l => WebReadingTexts.Describe(FetchFailureReason.Binary, error ?? "binary", l));
            case FetchResult.Fetched page:
                var html = await HtmlSource.DecodeAsync(page.Body, page.Charset, cancellationToken);
                return new Intake.Accepted(DocumentFormat.Html, DiscussionOrigin.Url, page.Url.AbsoluteUri, html, PageIds.FromUrl(page.Url));
            default:
                throw new InvalidOperationException("unknown fetch result");
        }
    }

    public static Intake FromText(string? pasted)
    {
        var text = DocumentDecoder.Normalize(pasted ?? "").Trim();
        if (text.Length == 0)
            return new Intake.Refused(DiscussionsTexts.EmptyText);
        // Named after its headline, shortened at a word to keep ids easy to type.
        var slug = OwnDiscussionIds.Slug(text.Split('\n', 2)[0], "text");
        if (slug.Length > PastedIdLength)
            slug = slug.LastIndexOf('-', PastedIdLength) is var cut and > 0 ? slug[..cut] : slug[..PastedIdLength];
        return new Intake.Accepted(DocumentFormat.Text, DiscussionOrigin.Text, "pasted text", text, slug);
    }
}
