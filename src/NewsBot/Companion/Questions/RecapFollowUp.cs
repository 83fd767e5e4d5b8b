using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Announcements;
using NewsBot.Messages;

namespace NewsBot.Companion.Questions;

/// <summary>
/// When the stream is over, the recap in the live thread (headline, panel, counts asked / approved / answered, the five
/// questions with most votes, the link); while questions may still be asked (<see cref="CompanionOptions.QuestionsOpenAfterEnd"/>)
/// the <see cref="VoteCountEditor"/> keeps it current as late questions come in, are moderated and voted on; when that
/// window closes, its last state and every question as a CSV file in the moderators' channel. The recap and the CSV are
/// each posted once: a repeat finds the bot's earlier post (by the recap's title, the CSV's file name) or, within
/// Discord's nonce window, gets it back for its nonce.
/// </summary>
internal sealed partial class RecapFollowUp(
    RecapRenderer renderer, VoteCountEditor editor, ICompanionSettingsStore companionSettings, OncePoster poster,
    Microsoft.Extensions.Options.IOptions<CompanionOptions> options, ILogger<RecapFollowUp> logger) : ILiveThreadFollowUp
{
    /// <summary>How far before the step's due time an earlier attempt's post is looked for (clocks differ a little).</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromMinutes(5);

    public Task ThreadOpenedAsync(LiveThreadRecord thread, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<FollowUpOutcome> StreamEndedAsync(LiveThreadRecord thread, CancellationToken cancellationToken)
    {
        if (thread.ThreadId is not { } threadId)
            return FollowUpOutcome.Done;
        var recap = await renderer.RenderAsync(thread, cancellationToken);
        var posted = await poster.PostAsync(threadId, thread.EndsAt - LookBack, new OwnMessageMark(recap.Titles), recap.Message,
            AnnouncementNonce.For($"recap|{thread.StreamKey}|{thread.GuildId}"), cancellationToken);
        return Failed(posted, "recap") ?? new FollowUpOutcome(MessageId: ((PublishResult.Posted)posted).MessageId);
    }

    public async Task<FollowUpOutcome> QuestionsClosedAsync(LiveThreadRecord thread, CancellationToken cancellationToken)
    {
        if (thread.ThreadId is null)
            return FollowUpOutcome.Done;
        // The recap's last state: the window is closed, so nothing changes it any more.
        if (thread.RecapMessageId is not null && !await editor.EditRecapNowAsync(thread, cancellationToken))
            return new FollowUpOutcome("recap: the last edit did not go through yet", Transient: true);
        if ((await companionSettings.GetAsync(thread.GuildId, cancellationToken)).ModeratorChannelId is not { } moderators)
            return FollowUpOutcome.Done;

        var recap = await renderer.RenderAsync(thread, cancellationToken);
        var message = BotMessage.Text(string.Format(CultureInfo.InvariantCulture, recap.Texts.CsvMessage, DiscordText.Safe(recap.Headline)));
        var fileName = $"questions-{thread.StartsAt.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";
        var closesAt = thread.EndsAt + options.Value.QuestionsOpenAfterEnd;
        var csv = await poster.PostFileAsync(moderators, closesAt - LookBack, message, fileName, "text/csv", QuestionCsv.Write(recap.Questions),
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
