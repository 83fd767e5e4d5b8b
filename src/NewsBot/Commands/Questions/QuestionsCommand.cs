using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Messages;

namespace NewsBot.Commands.Questions;

/// <summary>/questions: the guiding questions of a discussion, numbered.</summary>
internal sealed class QuestionsCommand(DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ReplyTexts replyTexts) : ISlashCommand
{
    public SlashCommandDefinition Definition { get; } = new("questions", "The guiding questions of a discussion", [DiscussionOption.Definition])
    {
        NameLocalizations = Localizations.German("leitfragen"),
        DescriptionLocalizations = Localizations.German("Die Leitfragen einer Diskussion"),
    };

    public bool DefersEphemeral(CommandContext context) => false;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var lookup = resolver.Resolve(context.Option(DiscussionOption.Name));
        if (lookup is not DiscussionLookup.Found { Discussion: var discussion })
            return DiscussionOption.Failure(lookup, ReplyTexts.Ephemeral(context));

        var texts = await replyTexts.PublicAsync(context, cancellationToken);
        var list = discussion.Questions.Count == 0
            ? texts.NoQuestions
            : string.Join("\n", discussion.Questions.Select((q, i) => $"{i + 1}. {DocumentText.Safe(q)}"));
        return Replies.Embed(new BotEmbed(
            DocumentText.Safe(discussion.Headline),
            list,
            [],
            Footer: $"{texts.QuestionsTitle} · {discussion.Id}"));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DiscussionOption.Suggest(context, autocomplete));
}
