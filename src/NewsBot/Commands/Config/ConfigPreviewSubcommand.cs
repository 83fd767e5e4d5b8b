using NewsBot.Announcements;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Schedule;
using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>
/// /config preview: the first announcement step of a discussion as it would be posted, shown only to the moderator
/// and pinging nobody. A discussion without a coming stream is previewed at the time its text announces when that is
/// still to come (a time without a day: its next occurrence), else with a sample start (now + the first step).
/// </summary>
internal sealed class ConfigPreviewSubcommand(
    DiscussionResolver resolver, AnnouncedTimes announced, IAnnouncementComposer composer, TimeProvider time) : IConfigSubcommand
{
    private const string SampleTimeZone = "Europe/Berlin";

    public SlashCommandOption Definition { get; } = new("preview", "Preview an announcement (pings nobody)", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("vorschau"),
        DescriptionLocalizations = Localizations.German("Eine Ankündigung vorab ansehen (pingt niemanden)"),
        Options = [DiscussionOption.Definition],
    };

    public ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var lookup = resolver.Resolve(request.Context.Option(DiscussionOption.Name), request.Context.GuildId);
        if (lookup is not DiscussionLookup.Found { Discussion: var discussion })
            return ValueTask.FromResult(DiscussionOption.Failure(lookup, request.Texts));

        var offset = request.Settings.ReminderOffsets.Count == 0 ? TimeSpan.Zero : request.Settings.ReminderOffsets.Max();
        var notes = new List<string>();
        var stream = resolver.NextStreamOf(discussion.Id, request.GuildId);
        if (stream is null && announced.UpcomingStreamOf(discussion) is { } announcedStream)
        {
            notes.Add(request.Texts.PreviewAnnounced);
            stream = announcedStream;
        }
        else if (stream is null)
        {
            notes.Add(request.Texts.PreviewNotScheduled);
            stream = new StreamEntry(discussion.Id, time.GetUtcNow() + offset, null, null, SampleTimeZone);
        }
        if (request.Settings.AnnouncementChannelId is null)
            notes.Add(request.Texts.PreviewNoChannel);

        var message = composer.Compose(discussion, stream, offset, request.Settings, preview: true);
        var content = string.Join("\n", notes.Select(n => "ℹ️ " + n).Append(message.Content ?? "").Where(l => l.Length > 0));
        return ValueTask.FromResult(message with
        {
            Content = content.Length == 0 ? null : content,
            Ephemeral = true,
            PingRoleId = null,
        });
    }
}
