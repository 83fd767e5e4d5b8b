using NewsBot.Announcements;
using NewsBot.Messages;

namespace NewsBot.Companion;

/// <summary>Edits a message the bot posted. Discord limits edits per channel; callers pace them (see <see cref="Questions.VoteCountEditor"/>).</summary>
public interface IMessageEditor
{
    Task<PublishResult> EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken);
}
