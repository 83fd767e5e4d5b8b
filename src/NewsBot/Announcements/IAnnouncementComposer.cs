using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Settings;

namespace NewsBot.Announcements;

/// <summary>Builds the message of one announcement step, in the guild's language.</summary>
public interface IAnnouncementComposer
{
    /// <param name="discussion">What is streamed.</param>
    /// <param name="stream">When and where.</param>
    /// <param name="offset">How long before the start this step is (zero = "live now").</param>
    /// <param name="settings">The guild's settings: language and the role to ping.</param>
    /// <param name="preview">A preview for moderators: ephemeral, pings nobody.</param>
    BotMessage Compose(Discussion discussion, StreamEntry stream, TimeSpan offset, GuildSettings settings, bool preview);
}
