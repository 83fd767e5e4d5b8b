using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Panel;

/// <summary>/panel: the experts of a discussion (name, role, affiliation) and its host.</summary>
internal sealed class PanelCommand(DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ReplyTexts replyTexts)
    : DiscussionCommand(resolver, autocomplete, replyTexts)
{
    public override SlashCommandDefinition Definition { get; } = new("panel", "Who is on the expert panel", [DiscussionOption.Definition])
    {
        NameLocalizations = Localizations.German("runde"),
        DescriptionLocalizations = Localizations.German("Wer in der Expertenrunde sitzt"),
    };

    public override HelpLine Help { get; } = new(
        "Who is on the expert panel, and who hosts.",
        "Wer in der Expertenrunde sitzt und wer moderiert.");

    public override ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        ReplyAboutAsync(context, Reply, cancellationToken);

    private static BotMessage Reply(Discussion discussion, BotTexts texts)
    {
        var fields = discussion.Panel.Select(Field).ToList();
        if (!string.IsNullOrWhiteSpace(discussion.Host))
            fields.Add(new BotEmbedField(texts.HostLabel, DiscordText.Safe(discussion.Host)));
        return BotMessage.WithEmbed(new BotEmbed(
            DiscordText.Safe(discussion.Headline),
            discussion.Panel.Count == 0 ? texts.NoPanel : null,
            fields,
            Footer: discussion.Id));
    }

    private static BotEmbedField Field(Expert expert)
    {
        var details = string.Join("\n", new[] { expert.Role, expert.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new BotEmbedField(DiscordText.Safe(expert.Name), details.Length == 0 ? "—" : DiscordText.Safe(details));
    }
}
