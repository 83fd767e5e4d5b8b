using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Messages;

namespace NewsBot.Commands.Stream;

/// <summary>/stream: title and show, start and end as Discord timestamps, and where to watch.</summary>
internal sealed class StreamCommand(DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ReplyTexts replyTexts) : ISlashCommand
{
    public SlashCommandDefinition Definition { get; } = new("stream", "When and where the stream runs", [DiscussionOption.Definition])
    {
        NameLocalizations = Localizations.German("stream"),
        DescriptionLocalizations = Localizations.German("Wann und wo der Stream läuft"),
    };

    public bool DefersEphemeral(CommandContext context) => false;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var lookup = resolver.Resolve(context.Option(DiscussionOption.Name));
        if (lookup is not DiscussionLookup.Found { Discussion: var discussion })
            return DiscussionOption.Failure(lookup, ReplyTexts.Ephemeral(context));

        var texts = await replyTexts.PublicAsync(context, cancellationToken);
        var stream = resolver.StreamOf(discussion.Id);
        var fields = new List<BotEmbedField>();
        if (!string.IsNullOrWhiteSpace(discussion.Show))
            fields.Add(new BotEmbedField(texts.ShowLabel, DocumentText.Safe(discussion.Show), Inline: true));
        if (stream is not null)
        {
            fields.Add(new BotEmbedField(texts.StartLabel, $"{DiscordTimestamp.Full(stream.StartsAt)}\n{DiscordTimestamp.Relative(stream.StartsAt)}"));
            if (stream.EndsAt is { } end)
                fields.Add(new BotEmbedField(texts.EndLabel, DiscordTimestamp.Full(end)));
            if (stream.Link is { } link)
                fields.Add(new BotEmbedField(texts.WatchLabel, link.ToString()));
        }
        return Replies.Embed(new BotEmbed(
            DocumentText.Safe(discussion.StreamTitle),
            stream is null ? texts.NotScheduled : null,
            fields,
            Url: stream?.Link?.ToString(),
            Footer: discussion.Id));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DiscussionOption.Suggest(context, autocomplete));
}
