using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Messages;

namespace NewsBot.Commands.Schedule;

/// <summary>/schedule: the next streams the server sees (live or upcoming; the shared ones and its own), each with its start in the reader's time zone.</summary>
internal sealed class ScheduleCommand(DiscussionResolver resolver, IDiscussionCatalog catalog, ReplyTexts replyTexts) : ISlashCommand
{
    public const int MaxStreams = 10;

    public SlashCommandDefinition Definition { get; } = new("schedule", "The upcoming streams", [])
    {
        NameLocalizations = Localizations.German("termine"),
        DescriptionLocalizations = Localizations.German("Die nächsten Streams"),
    };

    public HelpLine Help { get; } = new(
        "The upcoming streams.",
        "Die nächsten Streams.");

    public bool DefersEphemeral(CommandContext context) => false;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // A stream is listed under its document's headline; one whose document is not loaded (the schedule drops it on
        // its next check) is not listed at all rather than under a bare file name.
        var upcoming = resolver.Upcoming(context.GuildId)
            .Select(stream => (Stream: stream, Discussion: catalog.Find(stream.DiscussionId, context.GuildId)))
            .Where(s => s.Discussion is not null)
            .Take(MaxStreams)
            .ToList();
        if (upcoming.Count == 0)
            return BotMessage.Text(ReplyTexts.Ephemeral(context).NothingScheduled, ephemeral: true);

        var texts = await replyTexts.PublicAsync(context, cancellationToken);
        var fields = upcoming.Select(s =>
        {
            var when = DiscordTimestamp.FullAndRelative(s.Stream.StartsAt);
            return new BotEmbedField(DiscordText.Safe(s.Discussion!.Headline), s.Stream.Link is null ? when : $"{when}\n{s.Stream.Link}");
        }).ToList();
        return BotMessage.WithEmbed(new BotEmbed(texts.ScheduleTitle, null, fields));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
