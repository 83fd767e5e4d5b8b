using System.Globalization;
using NewsBot.Companion.Questions;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>
/// The 👍 button under a question in the live thread (custom id <c>av:&lt;id&gt;</c>): one vote per member, kept by the
/// database's unique key; the message's count follows through the <see cref="VoteCountEditor"/>, never by this press.
/// </summary>
internal sealed class QuestionVoteButton(IQuestionStore store, VoteCountEditor editor, TimeProvider time) : IComponentHandler
{
    public string Prefix => QuestionMessages.VotePrefix;

    public async ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var texts = QuestionTexts.For(BotLocales.FromLocale(context.UserLocale ?? context.GuildLocale) ?? BotLanguage.English);
        if (!long.TryParse(context.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await store.GetAsync(id, cancellationToken) is not { State: QuestionState.Approved or QuestionState.Answered } question
            || question.GuildId != context.GuildId)
            return Ephemeral(texts.QuestionGone);
        if (!await store.VoteAsync(id, context.UserId, time.GetUtcNow(), cancellationToken))
            return Ephemeral(texts.AlreadyVoted);
        await editor.MarkChangedAsync(question, cancellationToken);
        return Ephemeral(texts.VoteCounted);
    }

    private static ComponentReply.NewMessage Ephemeral(string text) => new ComponentReply.NewMessage(BotMessage.Text(text, ephemeral: true));
}
