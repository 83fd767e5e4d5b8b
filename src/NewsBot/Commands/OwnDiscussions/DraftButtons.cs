using Microsoft.Extensions.Options;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.GuildDiscussions;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// The buttons under a preview: <c>draft:save:KEY</c>, <c>draft:plan:KEY</c> (save, then schedule at the time read) and
/// <c>draft:cancel:KEY</c>. The key names the stored preview, so a press works after a restart until the preview expires.
/// Every press checks Manage Server again. Saving moves the preview into the server's discussions in one transaction and
/// reloads them at once, so the discussion answers in the next command.
/// </summary>
internal sealed class DraftButtons(
    IGuildDiscussionStore store, IDiscussionCatalog catalog, IGuildDiscussionReload reload, AnnouncedTimes announcedTimes,
    IGuildStreamScheduler scheduler, IOptions<GuildDiscussionsOptions> options, TimeProvider time) : IComponentHandler
{
    public const string CustomIdPrefix = "draft";
    public const string Save = "save";
    public const string SaveAndSchedule = "plan";
    public const string Cancel = "cancel";

    public string Prefix => CustomIdPrefix;

    public static string CustomIdFor(string action, string key) => CustomId.Compose(CustomIdPrefix, $"{action}:{key}");

    public async ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = BotTexts.ForLocale(context.UserLocale ?? context.GuildLocale).Language;
        if (context.GuildId is not { } guildId)
            return Private(BotTexts.For(language).GuildOnly);
        if (!ModeratorCheck.IsModerator(context.MemberPermissions))
            return Private(BotTexts.For(language).NotAllowed);

        var (action, key) = CustomId.Split(context.Payload);
        switch (action)
        {
            case Cancel:
                return Replace(await store.DropPreviewAsync(guildId, key, cancellationToken)
                    ? DiscussionsTexts.Cancelled(language)
                    : DiscussionsTexts.PreviewGone(language));
            case Save or SaveAndSchedule:
                return await SaveAsync(guildId, key, context.UserId, action == SaveAndSchedule, language, cancellationToken);
            default:
                return Private(BotTexts.For(language).UnknownButton);
        }
    }

    private async Task<ComponentReply> SaveAsync(ulong guildId, string key, ulong userId, bool schedule, BotLanguage language, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await store.FindPreviewAsync(guildId, key, now, cancellationToken) is not { } preview)
            return Replace(DiscussionsTexts.PreviewGone(language));

        var limit = options.Value.MaxPerGuild;
        SaveOutcome outcome = new SaveOutcome.PreviewGone();
        // A clash can only come from a save racing this one; the second try picks the next free id.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var stored = (await store.ListAsync(guildId, cancellationToken)).Select(d => d.DiscussionId).ToList();
            var id = OwnDiscussionIds.Free(preview.DiscussionId, guildId, catalog.Current, stored);
            outcome = await store.SavePreviewAsync(guildId, key, id, userId, now, limit, cancellationToken);
            if (outcome is not SaveOutcome.IdTaken)
                break;
        }

        switch (outcome)
        {
            case SaveOutcome.LimitReached reached:
                // The preview stays, so that after a removal the same buttons save it.
                return Private(DiscussionsTexts.LimitReached(language, reached.Limit));
            case SaveOutcome.Saved saved:
                await reload.ReloadAsync(cancellationToken);
                var id = saved.Document.DiscussionId;
                return Replace(schedule ? await ScheduleAsync(guildId, id, userId, language, cancellationToken) : DiscussionsTexts.Saved(language, id));
            default:
                return Replace(DiscussionsTexts.PreviewGone(language));
        }
    }

    private async Task<string> ScheduleAsync(ulong guildId, string id, ulong userId, BotLanguage language, CancellationToken cancellationToken)
    {
        if (!scheduler.IsAvailable || catalog.Find(id, guildId) is not { } discussion || announcedTimes.UpcomingStreamOf(discussion) is not { } stream)
            return DiscussionsTexts.SavedNotScheduled(language, id);
        return await scheduler.ScheduleAsync(guildId, stream, userId, cancellationToken)
            ? DiscussionsTexts.SavedAndScheduled(language, id, DraftPreviews.When(stream, language))
            : DiscussionsTexts.SavedNotScheduled(language, id);
    }

    /// <summary>The preview becomes this text, without its buttons.</summary>
    private static ComponentReply.UpdateMessage Replace(string text) => new(BotMessage.Text(text, ephemeral: true));

    private static ComponentReply.NewMessage Private(string text) => new(BotMessage.Text(text, ephemeral: true));
}
