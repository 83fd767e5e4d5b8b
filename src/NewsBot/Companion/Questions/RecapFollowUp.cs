using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Settings;

namespace NewsBot.Companion.Questions;

/// <summary>
/// When the stream is over: the recap in the live thread (headline, panel, counts asked / approved / answered, the five
/// questions with most votes, the link) and every question as a CSV file in the moderators' channel. Both carry nonces
/// derived from the stream and guild, so a repeat after a crash returns the messages already posted.
/// </summary>
internal sealed partial class RecapFollowUp(
    IQuestionStore store, ICompanionSettingsStore companionSettings, IGuildSettingsStore guildSettings, IDiscussionCatalog catalog,
    IAnnouncementPublisher publisher, IFilePublisher files, ILogger<RecapFollowUp> logger) : ILiveThreadFollowUp
{
    public Task ThreadOpenedAsync(LiveThreadRecord thread, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<FollowUpOutcome> StreamEndedAsync(LiveThreadRecord thread, StreamEntry? stream, CancellationToken cancellationToken)
    {
        if (thread.ThreadId is not { } threadId)
            return FollowUpOutcome.Done;
        var texts = RecapTexts.For((await guildSettings.GetAsync(thread.GuildId, cancellationToken)).Language);
        var questions = await store.ListAsync(thread.GuildId, thread.StreamKey, cancellationToken);
        var discussion = catalog.Find(thread.DiscussionId, thread.GuildId);
        var recap = RecapComposer.Recap(discussion, thread.DiscussionId, stream, questions, texts);
        var posted = await publisher.PublishAsync(threadId, recap, AnnouncementNonce.For($"recap|{thread.StreamKey}|{thread.GuildId}"), cancellationToken);
        if (Failed(posted, "recap") is { } recapFailure)
            return recapFailure;

        if ((await companionSettings.GetAsync(thread.GuildId, cancellationToken)).ModeratorChannelId is not { } moderators)
            return FollowUpOutcome.Done;
        var title = DiscordText.Safe(discussion?.Headline ?? thread.DiscussionId);
        var message = BotMessage.Text(string.Format(CultureInfo.InvariantCulture, texts.CsvMessage, title));
        var fileName = $"questions-{thread.StartsAt.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";
        var csv = await files.PublishFileAsync(moderators, message, fileName, "text/csv", QuestionCsv.Write(questions),
            AnnouncementNonce.For($"csv|{thread.StreamKey}|{thread.GuildId}"), cancellationToken);
        return Failed(csv, "CSV") ?? FollowUpOutcome.Done;
    }

    private FollowUpOutcome? Failed(PublishResult result, string what)
    {
        switch (result)
        {
            case PublishResult.Posted:
                return null;
            case PublishResult.TransientFailure transient:
                return new FollowUpOutcome($"{what}: {transient.Reason}", Transient: true);
            case PublishResult.PermanentFailure failure:
                LogFailed(what, failure.Reason);
                return new FollowUpOutcome($"{what}: {failure.Reason}");
            default:
                return new FollowUpOutcome(what);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {What} of a stream could not be posted: {Reason}")]
    private partial void LogFailed(string what, string reason);
}
