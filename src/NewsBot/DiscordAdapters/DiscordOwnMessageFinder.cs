using NewsBot.Companion;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary>
/// Pages through <c>GET /channels/{id}/messages?after=…&amp;limit=100</c> from <c>since</c> onward (at most
/// <see cref="MaxPages"/> pages) for a message by the bot with the mark. A channel the bot may not see counts as "none"
/// (a post there fails with its own clear reason); a transient error is a problem to try again after.
/// </summary>
internal sealed class DiscordOwnMessageFinder(IDiscordRestClient rest, IDiscordGuildCache cache) : IOwnMessageFinder
{
    private const int PageSize = 100;
    private const int MaxPages = 10;

    public async Task<OwnMessageSearch> FindAsync(ulong channelId, DateTimeOffset since, OwnMessageMark mark, CancellationToken cancellationToken)
    {
        var bot = cache.CurrentUserId;
        if (bot is null)
        {
            var me = await rest.GetCurrentUserAsync(cancellationToken);
            if (!me.IsSuccess)
                return new OwnMessageSearch(null, DiscordErrorMapper.Describe(me.Error));
            bot = me.Value!.Id;
        }
        var after = Snowflake.FromTime(since);
        for (var page = 0; page < MaxPages; page++)
        {
            var listed = await rest.GetChannelMessagesAsync(channelId, after, PageSize, cancellationToken);
            if (!listed.IsSuccess)
                return DiscordErrorMapper.IsTransient(listed.Error) ? new OwnMessageSearch(null, DiscordErrorMapper.Describe(listed.Error)) : OwnMessageSearch.None;
            var messages = listed.Value!;
            if (messages.FirstOrDefault(m => m.Author?.Id == bot && Carries(m, mark)) is { } found)
                return new OwnMessageSearch(found.Id.Value);
            if (messages.Count < PageSize)
                break;
            after = messages.Max(m => m.Id.Value);
        }
        return OwnMessageSearch.None;
    }

    private static bool Carries(Message message, OwnMessageMark mark) =>
        message.Embeds.Any(e => e.Title is { } title && mark.EmbedTitles.Contains(title))
        || (mark.FileName is { } file && message.Attachments?.Any(a => a.Filename == file) == true);
}
