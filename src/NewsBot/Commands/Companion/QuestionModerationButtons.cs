using System.Globalization;
using NewsBot.Companion.Questions;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>
/// Approve / Reject / Answered on a question in the moderators' queue (custom id <c>aq:&lt;a|r|d&gt;:&lt;id&gt;</c>). Only a
/// member with Manage Server (or Administrator) may press them, re-checked here. Approving posts the question in the
/// live thread (or when it opens); Answered marks it there. The queue message is updated to the question's new state.
/// </summary>
internal sealed class QuestionModerationButtons(
    IQuestionStore store, QuestionPoster poster, VoteCountEditor editor, IGuildSettingsStore guildSettings, TimeProvider time) : IComponentHandler
{
    public string Prefix => QuestionMessages.ModerationPrefix;

    public async ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var own = QuestionTexts.For(BotLocales.FromLocale(context.UserLocale ?? context.GuildLocale) ?? BotLanguage.English);
        if ((context.MemberPermissions & (Permissions.ManageGuild | Permissions.Administrator)) == 0)
            return Ephemeral(own.NotAModerator);
        var parts = context.Payload.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await store.GetAsync(id, cancellationToken) is not { } question || question.GuildId != context.GuildId)
            return Ephemeral(own.QuestionGone);
        var (from, to) = parts[0] switch
        {
            "a" => ((QuestionState[])[QuestionState.Pending], QuestionState.Approved),
            "r" => ([QuestionState.Pending], QuestionState.Rejected),
            "d" => ([QuestionState.Approved], QuestionState.Answered),
            _ => ([], QuestionState.Pending),
        };
        if (from.Length == 0)
            return Ephemeral(own.QuestionGone);
        if (!await store.DecideAsync(id, from, to, context.UserId, time.GetUtcNow(), cancellationToken))
            return Ephemeral(string.Format(CultureInfo.InvariantCulture, own.AlreadyDecided, own.StateName(question.State)));

        var decided = (await store.GetAsync(id, cancellationToken))!;
        if (to == QuestionState.Approved)
            await poster.PostToThreadAsync(decided, cancellationToken);
        else if (to == QuestionState.Answered)
            await editor.MarkChangedAsync(decided, cancellationToken);
        editor.MarkRecapChanged(decided.StreamKey, decided.GuildId);
        var texts = QuestionTexts.For((await guildSettings.GetAsync(decided.GuildId, cancellationToken)).Language);
        return new ComponentReply.UpdateMessage(QuestionMessages.Queue((await store.GetAsync(id, cancellationToken))!, texts));
    }

    private static ComponentReply.NewMessage Ephemeral(string text) => new ComponentReply.NewMessage(BotMessage.Text(text, ephemeral: true));
}
