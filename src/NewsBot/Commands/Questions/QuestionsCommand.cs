using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Questions;

/// <summary>/questions: the guiding questions of a discussion, numbered.</summary>
internal sealed class QuestionsCommand(DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ReplyTexts replyTexts)
    : DiscussionCommand(resolver, autocomplete, replyTexts)
{
    public override SlashCommandDefinition Definition { get; } = new("questions", "The guiding questions of a discussion", [DiscussionOption.Definition])
    {
        NameLocalizations = Localizations.German("leitfragen"),
        DescriptionLocalizations = Localizations.German("Die Leitfragen einer Diskussion"),
    };

    public override HelpLine Help { get; } = new(
        "The guiding questions of a discussion.",
        "Die Leitfragen einer Diskussion.");

    public override ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        ReplyAboutAsync(context, Reply, cancellationToken);

    private static BotMessage Reply(Discussion discussion, BotTexts texts)
    {
        var list = discussion.Questions.Count == 0
            ? texts.NoQuestions
            : string.Join("\n", discussion.Questions.Select((q, i) => $"{i + 1}. {DiscordText.Safe(q)}"));
        return BotMessage.WithEmbed(new BotEmbed(
            DiscordText.Safe(discussion.Headline),
            list,
            [],
            Footer: $"{texts.QuestionsTitle} · {discussion.Id}"));
    }
}
