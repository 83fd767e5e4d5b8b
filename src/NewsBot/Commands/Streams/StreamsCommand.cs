using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.GuildStreams;
using NewsBot.Texts;

namespace NewsBot.Commands.Streams;

/// <summary>
/// /streams: moderators schedule, move and cancel this server's own streams. Guild only; Discord shows it to members with
/// Manage Server, and Manage Server or Administrator is checked again on every use (and autocomplete), as for /config.
/// Every answer is ephemeral and in the moderator's language. The start is read as typed (see
/// <see cref="StartTimeParser"/>) in the given zone, else the server's (its latest stream's), else
/// <c>Schedule:DefaultTimeZone</c>; its autocomplete shows how it was understood before anything is saved.
/// </summary>
internal sealed class StreamsCommand(
    IGuildStreamScheduler scheduler, IDiscussionCatalog catalog, StreamsAutocomplete autocomplete, TimeProvider time) : ISlashCommand
{
    public const string ScheduleName = "schedule";
    public const string MoveName = "move";
    public const string CancelName = "cancel";

    public SlashCommandDefinition Definition { get; } = new("streams", "Moderators: schedule, move and cancel this server's streams",
    [
        new(ScheduleName, "Schedule a stream of a discussion in this server", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("planen"),
            DescriptionLocalizations = Localizations.German("Einen Stream einer Diskussion auf diesem Server planen"),
            Options = [StreamOptions.DiscussionRequired, StreamOptions.StartRequired, StreamOptions.EndOptional, StreamOptions.LinkOptional, StreamOptions.TimeZoneOptional],
        },
        new(MoveName, "Move one of this server's streams to another time", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("verschieben"),
            DescriptionLocalizations = Localizations.German("Einen Stream dieses Servers auf eine andere Zeit verschieben"),
            Options = [StreamOptions.StreamRequired, StreamOptions.StartRequired, StreamOptions.EndOptional, StreamOptions.LinkOptional, StreamOptions.TimeZoneOptional],
        },
        new(CancelName, "Cancel one of this server's streams", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("absagen"),
            DescriptionLocalizations = Localizations.German("Einen Stream dieses Servers absagen"),
            Options = [StreamOptions.StreamRequired],
        },
    ])
    {
        NameLocalizations = Localizations.German("sendetermine"),
        DescriptionLocalizations = Localizations.German("Moderation: Streams dieses Servers planen, verschieben und absagen"),
        DefaultMemberPermissions = Permissions.ManageGuild,
        GuildOnly = true,
    };

    public HelpLine Help { get; } = new(
        "For moderators: schedule, move and cancel this server's streams.",
        "Für Moderatoren: Streams dieses Servers planen, verschieben und absagen.");

    public bool DefersEphemeral(CommandContext context) => true;

    public static bool MayManage(CommandContext context) =>
        context.GuildId is not null && (context.MemberPermissions & (Permissions.ManageGuild | Permissions.Administrator)) != 0;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var botTexts = ReplyTexts.Ephemeral(context);
        var texts = StreamTexts.For(botTexts.Language);
        if (context.GuildId is not { } guildId)
            return Reply(botTexts.GuildOnly);
        if (!MayManage(context))
            return Reply(texts.NotAllowed);

        return context.Subcommand switch
        {
            ScheduleName => await ScheduleAsync(context, guildId, botTexts, texts, cancellationToken),
            MoveName => await MoveAsync(context, guildId, texts, cancellationToken),
            CancelName => await CancelAsync(context, guildId, texts, cancellationToken),
            _ => Reply(botTexts.UnknownCommand),
        };
    }

    public async ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        MayManage(context) ? await autocomplete.SuggestAsync(context, cancellationToken) : [];

    private async Task<BotMessage> ScheduleAsync(
        CommandContext context, ulong guildId, BotTexts botTexts, StreamTexts texts, CancellationToken cancellationToken)
    {
        var given = context.Option(StreamOptions.Discussion) ?? "";
        var discussion = catalog.Find(given, guildId);
        if (discussion is null)
            return Reply(botTexts.UnknownDiscussion(StreamInput.Quote(given)));
        var zone = context.Option(StreamOptions.TimeZone) ?? await scheduler.DefaultTimeZoneAsync(guildId, cancellationToken);
        if (!Read(context, zone, null, texts, out var start, out var end, out var link, out var error))
            return Reply(error!);

        var change = await scheduler.ScheduleAsync(guildId, discussion.Id, start!.StartsAt, end?.StartsAt, link, zone, context.UserId, cancellationToken);
        return change switch
        {
            GuildStreamChange.Done done => Reply(Note(texts.Scheduled(Headline(discussion), StartTimeText.Describe(start, texts.German),
                DiscordTimestamp.Relative(done.Stream.StartsAt)), start, end, texts)),
            GuildStreamChange.Refused refused => Reply(Refusal(refused, start, texts, botTexts, given)),
            _ => throw new InvalidOperationException("Unknown change."),
        };
    }

    private async Task<BotMessage> MoveAsync(CommandContext context, ulong guildId, StreamTexts texts, CancellationToken cancellationToken)
    {
        var key = context.Option(StreamOptions.Stream) ?? "";
        if (await scheduler.FindAsync(guildId, key, cancellationToken) is not { } before)
            return Reply(texts.UnknownStream);
        var zone = context.Option(StreamOptions.TimeZone) ?? before.TimeZoneId;
        if (!Read(context, zone, before, texts, out var start, out var end, out var link, out var error))
            return Reply(error!);
        // Without a new end, a stream that had one keeps its length.
        var endsAt = end?.StartsAt ?? (before.EndsAt is { } oldEnd ? start!.StartsAt + (oldEnd - before.StartsAt) : null);

        var change = await scheduler.MoveAsync(guildId, key, start!.StartsAt, endsAt, link, zone, context.UserId, cancellationToken);
        return change switch
        {
            GuildStreamChange.Done done => Reply(Note(texts.Moved(Headline(done.Stream.DiscussionId, guildId),
                StartTimeText.Format(before.StartsAt, before.TimeZoneId, texts.German), StartTimeText.Describe(start, texts.German),
                DiscordTimestamp.Relative(done.Stream.StartsAt)), start, end, texts)),
            GuildStreamChange.Refused refused => Reply(Refusal(refused, start, texts, ReplyTexts.Ephemeral(context), key)),
            _ => throw new InvalidOperationException("Unknown change."),
        };
    }

    private async Task<BotMessage> CancelAsync(CommandContext context, ulong guildId, StreamTexts texts, CancellationToken cancellationToken)
    {
        var key = context.Option(StreamOptions.Stream) ?? "";
        return await scheduler.CancelAsync(guildId, key, context.UserId, cancellationToken) switch
        {
            GuildStreamChange.Done done => Reply(texts.Cancelled(Headline(done.Stream.DiscussionId, guildId),
                StartTimeText.Format(done.Stream.StartsAt, done.Stream.TimeZoneId, texts.German))),
            _ => Reply(texts.UnknownStream),
        };
    }

    /// <summary>Start, end and link from the options; a move keeps the link it had when none is given.</summary>
    private bool Read(
        CommandContext context, string zone, GuildStream? before, StreamTexts texts,
        out StartTimeResult.Understood? start, out StartTimeResult.Understood? end, out Uri? link, out string? error)
    {
        start = null;
        end = null;
        link = before?.Link;
        if (!StreamInput.TryZone(zone, texts, out error))
            return false;
        start = StreamInput.Start(context.Option(StreamOptions.Start) ?? "", zone, time.GetUtcNow(), texts, out error);
        if (start is null)
            return false;
        if (context.Option(StreamOptions.End) is { } endText && (end = StreamInput.End(endText, zone, start.StartsAt, texts, out error)) is null)
            return false;
        if (context.Option(StreamOptions.Link) is { } linkText)
            return StreamInput.TryLink(linkText, texts, out link, out error);
        return true;
    }

    private static string Refusal(GuildStreamChange.Refused refused, StartTimeResult.Understood? start, StreamTexts texts, BotTexts botTexts, string given) =>
        refused.Reason switch
        {
            GuildStreamRefusal.StartInThePast => texts.StartInThePast(start is null ? "" : StartTimeText.Describe(start, texts.German)),
            GuildStreamRefusal.EndNotAfterStart => texts.EndNotAfterStart,
            GuildStreamRefusal.LimitReached => texts.LimitReached(refused.Limit),
            GuildStreamRefusal.UnknownTimeZone => texts.UnknownZone(start?.TimeZoneId ?? ""),
            GuildStreamRefusal.UnknownDiscussion => botTexts.UnknownDiscussion(StreamInput.Quote(given)),
            _ => texts.UnknownStream,
        };

    private static string Note(string outcome, StartTimeResult.Understood start, StartTimeResult.Understood? end, StreamTexts texts)
    {
        var lines = new List<string> { outcome };
        if (end is not null)
            lines.Insert(1, texts.EndLine(StartTimeText.Describe(end, texts.German)));
        if (start.Ambiguous)
            lines.Add("⚠️ " + texts.Ambiguous);
        return string.Join("\n", lines);
    }

    private string Headline(string discussionId, ulong guildId) =>
        catalog.Find(discussionId, guildId) is { } discussion ? Headline(discussion) : DiscordText.Safe(discussionId);

    private static string Headline(Discussion discussion) =>
        DiscordText.Truncate(DiscordText.Safe(string.IsNullOrWhiteSpace(discussion.Headline) ? discussion.Id : discussion.Headline), 200);

    private static BotMessage Reply(string text) => BotMessage.Text(text, ephemeral: true);
}
