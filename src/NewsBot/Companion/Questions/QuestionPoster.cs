using Microsoft.Extensions.Logging;
using NewsBot.Announcements;
using NewsBot.Settings;

namespace NewsBot.Companion.Questions;

/// <summary>
/// Posts a question to the moderators' queue and, once approved, to the live thread. Each post carries a nonce derived
/// from the question, so a repeat (after a crash, by the reconciler) returns the message already there.
/// </summary>
internal sealed partial class QuestionPoster(
    IQuestionStore store, ICompanionSettingsStore companionSettings, IGuildSettingsStore guildSettings, ILiveThreadStore threads,
    IAnnouncementPublisher publisher, IMessageEditor editor, ILogger<QuestionPoster> logger)
{
    /// <summary>Posts the queue message unless it is recorded; false when it could not be posted (tried again later).</summary>
    public async Task<bool> PostToQueueAsync(AudienceQuestion question, CancellationToken cancellationToken)
    {
        if (question.QueueMessageId is not null)
            return true;
        var settings = await companionSettings.GetAsync(question.GuildId, cancellationToken);
        if (settings.ModeratorChannelId is not { } channel)
            return false;
        var texts = QuestionTexts.For((await guildSettings.GetAsync(question.GuildId, cancellationToken)).Language);
        var result = await publisher.PublishAsync(channel, QuestionMessages.Queue(question, texts),
            AnnouncementNonce.For($"question|{question.Id}|queue"), cancellationToken);
        if (result is PublishResult.Posted posted)
        {
            await store.SetQueueMessageAsync(question.Id, posted.MessageId, cancellationToken);
            return true;
        }
        LogNotPosted(question.Id, "queue", result.ToString());
        return false;
    }

    /// <summary>Shows the question's current state (e.g. a merged repeat) in its queue message, when it has one.</summary>
    public async Task RefreshQueueAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { QueueMessageId: { } messageId } question
            || (await companionSettings.GetAsync(question.GuildId, cancellationToken)).ModeratorChannelId is not { } channel)
            return;
        var texts = QuestionTexts.For((await guildSettings.GetAsync(question.GuildId, cancellationToken)).Language);
        var result = await editor.EditAsync(channel, messageId, QuestionMessages.Queue(question, texts), cancellationToken);
        if (result is not PublishResult.Posted)
            LogNotPosted(question.Id, "queue (edit)", result.ToString());
    }

    /// <summary>Posts an approved (or answered) question in the stream's open live thread unless it is there already.</summary>
    public async Task<bool> PostToThreadAsync(AudienceQuestion question, CancellationToken cancellationToken)
    {
        if (question.ThreadMessageId is not null || question.State is not (QuestionState.Approved or QuestionState.Answered))
            return true;
        if (await threads.OpenThreadAsync(question.StreamKey, question.GuildId, cancellationToken) is not { ThreadId: { } threadId })
            return false;
        var texts = QuestionTexts.For((await guildSettings.GetAsync(question.GuildId, cancellationToken)).Language);
        var votes = await store.CountVotesAsync(question.Id, cancellationToken);
        var result = await publisher.PublishAsync(threadId, QuestionMessages.InThread(question, votes, texts),
            AnnouncementNonce.For($"question|{question.Id}|thread"), cancellationToken);
        if (result is PublishResult.Posted posted)
        {
            await store.SetThreadMessageAsync(question.Id, posted.MessageId, cancellationToken);
            await store.SetShownVotesAsync(question.Id, votes, cancellationToken);
            return true;
        }
        LogNotPosted(question.Id, "live thread", result.ToString());
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Question {Id} could not be posted to the {Where} yet: {Result}")]
    private partial void LogNotPosted(long id, string where, string result);
}
