using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Documents;

internal static partial class DocumentsLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Discussion {Id}: \"{Headline}\"; panel: {Panel}")]
    public static partial void Loaded(ILogger logger, string id, string headline, string panel);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Document {Path} refused: {Reason}")]
    public static partial void Rejected(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Document {Path} refused: {Reason}; its last good version stays loaded")]
    public static partial void RejectedKeptOld(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Discussion {Id} removed (its document was deleted)")]
    public static partial void Removed(ILogger logger, string id);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Documents folder {Folder} does not exist; no discussions loaded")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Documents refreshed from {Folder}: {Parsed} read, {Rejected} refused, {Removed} removed, {Total} discussions loaded in {ElapsedMs:F0} ms")]
    public static partial void Refreshed(ILogger logger, string folder, int parsed, int rejected, int removed, int total, double elapsedMs);
}
