using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

internal sealed partial class GatewaySession
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord gateway shard {ShardId} stopped for good: {Reason} (close code {CloseCode})")]
    private static partial void LogFatal(ILogger logger, int shardId, int? closeCode, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shard {ShardId} reconnecting after {Reason} (close code {CloseCode}); resume: {Resume}")]
    private static partial void LogReconnecting(ILogger logger, int shardId, int? closeCode, string reason, bool resume);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shard {ShardId} could not connect")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shard {ShardId} connection error")]
    private static partial void LogConnectionError(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shard {ShardId} resuming from sequence {Sequence}")]
    private static partial void LogResuming(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shard {ShardId} of {ShardCount} identifying")]
    private static partial void LogIdentifying(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shard {ShardId} ready with {GuildCount} guild(s)")]
    private static partial void LogReady(ILogger logger, int shardId, int guildCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shard {ShardId} resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Shard {ShardId} skipped replayed event {EventName} #{Sequence}, already handled")]
    private static partial void LogSkippedReplay(ILogger logger, int shardId, long sequence, string? eventName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shard {ShardId}: heartbeat not acknowledged, reconnecting (zombie connection)")]
    private static partial void LogZombie(ILogger logger, int shardId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored unknown gateway opcode {Opcode}")]
    private static partial void LogUnknownOpcode(ILogger logger, int opcode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling gateway event {EventName} failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string eventName);
}
