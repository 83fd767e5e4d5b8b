using System.Globalization;
using NewsBot.Companion.Questions;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>
/// The 👍 button under a question in the live thread (custom id <c>av:&lt;id&gt;</c>): one vote per member, kept by the
/// database's unique key; the message's count follows through the <see cref="VoteCountEditor"/>, never by this press.
/// A press costs no read of the question's text or count: the store checks the question and commits the vote together
/// with the votes pressed at the same moment, and the member is answered once theirs is committed.
/// </summary>
internal sealed class QuestionVoteButton(IQuestionStore store, VoteCountEditor editor, TimeProvider time) : IComponentHandler
{
    public string Prefix => QuestionMessages.VotePrefix;

    public async ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var texts = QuestionTexts.For(BotLocales.FromLocale(context.UserLocale ?? context.GuildLocale) ?? BotLanguage.English);
        if (!long.TryParse(context.Payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || context.GuildId is not { } guildId)
            return Ephemeral(texts.QuestionGone);
        var vote = await store.VoteAsync(new VoteRequest(id, guildId, context.UserId, time.GetUtcNow()), cancellationToken);
        switch (vote.Outcome)
        {
            case VoteOutcome.Counted:
                await editor.MarkChangedAsync(vote.Question!, cancellationToken);
                editor.MarkRecapChanged(vote.Question!.StreamKey, vote.Question.GuildId);
                return Ephemeral(texts.VoteCounted);
            case VoteOutcome.AlreadyVoted:
                return Ephemeral(texts.AlreadyVoted);
            default:
                return Ephemeral(texts.QuestionGone);
        }
    }

    private static ComponentReply.NewMessage Ephemeral(string text) => new ComponentReply.NewMessage(BotMessage.Text(text, ephemeral: true));
}
