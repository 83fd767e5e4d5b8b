using NewsBot.Companion;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary>Starts the live thread on the announcement; "already has a thread" (160004) means an earlier attempt started it.</summary>
internal sealed class DiscordLiveThreadStarter(IDiscordRestClient rest) : ILiveThreadStarter
{
    public async Task<ThreadStartResult> StartAsync(ulong channelId, ulong messageId, string name, int autoArchiveMinutes, CancellationToken cancellationToken)
    {
        var result = await rest.StartThreadFromMessageAsync(channelId, messageId,
            new ThreadFromMessageRequest { Name = name, AutoArchiveDuration = autoArchiveMinutes }, cancellationToken);
        if (result.IsSuccess)
            return new ThreadStartResult.Started(result.Value!.Id.Value);
        if (result.Error.Code == DiscordErrorCodes.ThreadAlreadyCreated)
            return new ThreadStartResult.Started(messageId);
        return DiscordErrorMapper.IsTransient(result.Error)
            ? new ThreadStartResult.TransientFailure(DiscordErrorMapper.Describe(result.Error))
            : new ThreadStartResult.PermanentFailure(DiscordErrorMapper.Describe(result.Error));
    }
}
