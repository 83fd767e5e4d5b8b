using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Messages;

namespace NewsBot.DiscordAdapters;

/// <summary>Edits a message the bot posted to show exactly <see cref="BotMessage"/> (empty parts clear what was there).</summary>
internal sealed class DiscordMessageEditor(IDiscordRestClient rest) : IMessageEditor
{
    public async Task<PublishResult> EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken)
    {
        var update = BotMessageMapper.ToUpdate(message);
        var result = await rest.EditMessageAsync(channelId, messageId, new MessageEditRequest
        {
            Content = update.Content,
            Embeds = update.Embeds,
            Components = update.Components,
            AllowedMentions = update.AllowedMentions,
        }, cancellationToken);
        return result.IsSuccess ? new PublishResult.Posted(messageId) : DiscordErrorMapper.ToPublishFailure(result.Error);
    }
}
