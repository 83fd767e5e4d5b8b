using NewsBot.Commands;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>Serves attachment bytes by URL, capped like the real downloader; an unknown URL fails.</summary>
internal sealed class FakeAttachmentDownloads : IAttachmentDownloads
{
    public Dictionary<string, byte[]> Files { get; } = [];

    public List<string> Downloaded { get; } = [];

    public Task<AttachmentDownload> DownloadAsync(CommandAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        Downloaded.Add(attachment.Url);
        if (!Files.TryGetValue(attachment.Url, out var bytes))
            return Task.FromResult<AttachmentDownload>(new AttachmentDownload.Failed("404"));
        return Task.FromResult<AttachmentDownload>(bytes.Length > maxBytes ? new AttachmentDownload.TooLarge() : new AttachmentDownload.Downloaded(bytes));
    }
}
