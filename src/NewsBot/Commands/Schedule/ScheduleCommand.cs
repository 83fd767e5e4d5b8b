using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Messages;

namespace NewsBot.Commands.Schedule;

/// <summary>/schedule: the next streams (live or upcoming), each with its start in the reader's time zone.</summary>
internal sealed class ScheduleCommand(DiscussionResolver resolver, IDiscussionCatalog catalog, ReplyTexts replyTexts) : ISlashCommand
{
    public const int MaxStreams = 10;

    public SlashCommandDefinition Definition { get; } = new("schedule", "The upcoming streams", [])
    {
        NameLocalizations = Localizations.German("termine"),
        DescriptionLocalizations = Localizations.German("Die nächsten Streams"),
    };

    public bool DefersEphemeral(CommandContext context) => false;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var upcoming = resolver.Upcoming().Take(MaxStreams).ToList();
        if (upcoming.Count == 0)
            return BotMessage.Text(ReplyTexts.Ephemeral(context).NothingScheduled, ephemeral: true);

        var texts = await replyTexts.PublicAsync(context, cancellationToken);
        var fields = upcoming.Select(stream =>
        {
            var title = catalog.Find(stream.DiscussionId)?.Headline ?? stream.DiscussionId;
            var when = DiscordTimestamp.FullAndRelative(stream.StartsAt);
            return new BotEmbedField(DocumentText.Safe(title), stream.Link is null ? when : $"{when}\n{stream.Link}");
        }).ToList();
        return Replies.Embed(new BotEmbed(texts.ScheduleTitle, null, fields));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
