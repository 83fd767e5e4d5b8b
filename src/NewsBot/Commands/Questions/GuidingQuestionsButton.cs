using NewsBot.Core.Documents;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Questions;

/// <summary>
/// The "Guiding questions" button under a discussion's reply (/panel): a press shows the presser, and only them, the
/// discussion's guiding questions in their own language (looked up as the pressing server sees it). The custom id carries the discussion id, so a button keeps
/// working across restarts; a button whose discussion is gone gets a short answer instead.
/// </summary>
internal sealed class GuidingQuestionsButton(IDiscussionCatalog catalog) : IComponentHandler
{
    public const string CustomIdPrefix = "questions";

    public string Prefix => CustomIdPrefix;

    /// <summary>The button for <paramref name="discussion"/>, labelled in <paramref name="texts"/>; null when it has no questions
    /// or its id does not fit in a custom id.</summary>
    public static BotButton? For(Discussion discussion, BotTexts texts) =>
        discussion.Questions.Count > 0 && CustomId.TryCompose(CustomIdPrefix, discussion.Id) is { } customId
            ? new BotButton(texts.QuestionsTitle, customId)
            : null;

    public ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var texts = BotTexts.ForLocale(context.UserLocale ?? context.GuildLocale);
        var reply = catalog.Find(context.Payload, context.GuildId) is { } discussion
            ? QuestionsCommand.Reply(discussion, texts) with { Ephemeral = true }
            : BotMessage.Text(texts.DiscussionGone, ephemeral: true);
        return ValueTask.FromResult<ComponentReply>(new ComponentReply.NewMessage(reply));
    }
}
