using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Settings;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>Composes like a careless composer would (pings the role, public) so tests see that the preview makes it safe.</summary>
internal sealed class FakeAnnouncementComposer : IAnnouncementComposer
{
    public List<(Discussion Discussion, StreamEntry Stream, TimeSpan Offset, bool Preview)> Calls { get; } = [];

    public BotMessage Compose(Discussion discussion, StreamEntry stream, TimeSpan offset, GuildSettings settings, bool preview)
    {
        Calls.Add((discussion, stream, offset, preview));
        return new BotMessage(
            settings.PingRoleId is { } role ? $"<@&{role}> {discussion.Headline}" : discussion.Headline,
            [new BotEmbed(discussion.StreamTitle, $"in {offset.TotalMinutes} min", [])],
            Ephemeral: false,
            PingRoleId: settings.PingRoleId);
    }
}
