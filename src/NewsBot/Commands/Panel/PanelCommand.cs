using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Messages;

namespace NewsBot.Commands.Panel;

/// <summary>/panel: the experts of a discussion (name, role, affiliation) and its host.</summary>
internal sealed class PanelCommand(DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ReplyTexts replyTexts) : ISlashCommand
{
    public SlashCommandDefinition Definition { get; } = new("panel", "Who is on the expert panel", [DiscussionOption.Definition])
    {
        NameLocalizations = Localizations.German("runde"),
        DescriptionLocalizations = Localizations.German("Wer in der Expertenrunde sitzt"),
    };

    public bool DefersEphemeral(CommandContext context) => false;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var lookup = resolver.Resolve(context.Option(DiscussionOption.Name));
        if (lookup is not DiscussionLookup.Found { Discussion: var discussion })
            return DiscussionOption.Failure(lookup, ReplyTexts.Ephemeral(context));

        var texts = await replyTexts.PublicAsync(context, cancellationToken);
        var fields = discussion.Panel.Select(Field).ToList();
        if (!string.IsNullOrWhiteSpace(discussion.Host))
            fields.Add(new BotEmbedField(texts.HostLabel, DocumentText.Safe(discussion.Host)));
        return Replies.Embed(new BotEmbed(
            DocumentText.Safe(discussion.Headline),
            discussion.Panel.Count == 0 ? texts.NoPanel : null,
            fields,
            Footer: discussion.Id));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DiscussionOption.Suggest(context, autocomplete));

    private static BotEmbedField Field(Expert expert)
    {
        var details = string.Join("\n", new[] { expert.Role, expert.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new BotEmbedField(DocumentText.Safe(expert.Name), details.Length == 0 ? "—" : DocumentText.Safe(details));
    }
}
