using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Stream;

/// <summary>
/// /stream: title and show, start and end as Discord timestamps, and where to watch. A discussion that is not in the
/// schedule shows the time its text announces, if any.
/// </summary>
internal sealed class StreamCommand(
    DiscussionResolver resolver, DiscussionAutocomplete autocomplete, AnnouncedTimes announced, ReplyTexts replyTexts)
    : DiscussionCommand(resolver, autocomplete, replyTexts)
{
    public override SlashCommandDefinition Definition { get; } = new("stream", "When and where the stream runs", [DiscussionOption.Definition])
    {
        NameLocalizations = Localizations.German("stream"),
        DescriptionLocalizations = Localizations.German("Wann und wo der Stream läuft"),
    };

    public override HelpLine Help { get; } = new(
        "Stream title, start and end, and where to watch.",
        "Titel, Beginn und Ende des Streams und wo er läuft.");

    public override ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        ReplyAboutAsync(context, (discussion, texts) => Reply(discussion, texts, context.GuildId), cancellationToken);

    private BotMessage Reply(Discussion discussion, BotTexts texts, ulong? guildId)
    {
        var stream = Resolver.StreamOf(discussion.Id, guildId);
        var fields = new List<BotEmbedField>();
        if (!string.IsNullOrWhiteSpace(discussion.Show))
            fields.Add(new BotEmbedField(texts.ShowLabel, DiscordText.Safe(discussion.Show), Inline: true));
        if (stream is not null)
        {
            fields.Add(new BotEmbedField(texts.StartLabel, $"{DiscordTimestamp.Full(stream.StartsAt)}\n{DiscordTimestamp.Relative(stream.StartsAt)}"));
            if (stream.EndsAt is { } end)
                fields.Add(new BotEmbedField(texts.EndLabel, DiscordTimestamp.Full(end)));
            if (stream.Link is { } link)
                fields.Add(new BotEmbedField(texts.WatchLabel, link.ToString()));
        }
        return BotMessage.WithEmbed(new BotEmbed(
            DiscordText.Safe(discussion.StreamTitle),
            stream is null ? NotScheduled(discussion, texts) : null,
            fields,
            Url: stream?.Link?.ToString(),
            Footer: discussion.Id));
    }

    private string NotScheduled(Discussion discussion, BotTexts texts) =>
        announced.SlotOf(discussion) is { } slot ? AnnouncedTimeText.Line(slot, texts) : texts.NotScheduled;
}
