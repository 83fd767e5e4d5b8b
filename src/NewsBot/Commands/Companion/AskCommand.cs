using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Companion.Questions;
using NewsBot.Core.Documents;
using NewsBot.Core.Text;
using NewsBot.Messages;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>
/// /ask (/frage): a member's question to the panel of the stream open for questions (from the first reminder until 30
/// minutes after the end), optionally for one panelist (autocompleted from the panel). The question goes to the
/// moderators' queue; the asker alone sees the answer. One question per member per <see cref="CompanionOptions.AskCooldown"/>;
/// the same question again is merged; one close to another member's is flagged to moderators.
/// </summary>
internal sealed class AskCommand(
    ICompanionSettingsStore companionSettings,
    IGuildSettingsStore guildSettings,
    QuestionWindow window,
    IQuestionStore store,
    QuestionPoster poster,
    VoteCountEditor editor,
    IDiscussionCatalog catalog,
    IOptions<CompanionOptions> options,
    TimeProvider time) : ISlashCommand
{
    private const string QuestionOption = "question";
    private const string PanelistOption = "panelist";
    private const int MaxChoices = 25;

    public SlashCommandDefinition Definition { get; } = new("ask", "Ask the panel a question (up to 300 characters)",
    [
        new(QuestionOption, "Your question (up to 300 characters)", SlashCommandOptionType.String, Required: true)
        {
            NameLocalizations = Localizations.German("frage"),
            DescriptionLocalizations = Localizations.German("Deine Frage (bis 300 Zeichen)"),
        },
        new(PanelistOption, "Who on the panel it is for", SlashCommandOptionType.String)
        {
            NameLocalizations = Localizations.German("an"),
            DescriptionLocalizations = Localizations.German("An wen auf dem Podium"),
            Autocomplete = true,
        },
    ])
    {
        NameLocalizations = Localizations.German("frage"),
        DescriptionLocalizations = Localizations.German("Dem Podium eine Frage stellen (bis 300 Zeichen)"),
        GuildOnly = true,
    };

    public HelpLine Help { get; } = new(
        "Ask the panel of the current stream a question; moderators approve it for the live thread.",
        "Dem Podium des laufenden Streams eine Frage stellen; die Moderation gibt sie für den Live-Thread frei.");

    public bool DefersEphemeral(CommandContext context) => true;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = QuestionTexts.For(BotLocales.FromLocale(context.UserLocale ?? context.GuildLocale) ?? BotLanguage.English);
        if (context.GuildId is not { } guildId)
            return Reply(texts.NotOpen);
        if ((await companionSettings.GetAsync(guildId, cancellationToken)).ModeratorChannelId is null)
            return Reply(texts.Off);
        var text = QuestionText.Clean(context.Option(QuestionOption) ?? "");
        if (text.Length == 0)
            return Reply(texts.Empty);
        if (text.Length > QuestionText.MaxLength)
            return Reply(Format(texts.TooLong, QuestionText.MaxLength, text.Length));

        var now = time.GetUtcNow();
        var settings = await guildSettings.GetAsync(guildId, cancellationToken);
        if (await window.OpenStreamAsync(settings, now, cancellationToken) is not { } stream)
            return Reply(texts.NotOpen);
        var streamKey = AnnouncementKey.StreamKeyOf(stream);
        var panelist = Panelist(context.Option(PanelistOption), catalog.Find(stream.DiscussionId, guildId));
        var similar = await NearDuplicateAsync(guildId, streamKey, context.UserId, text, settings.Language, cancellationToken);

        var outcome = await store.AskAsync(new NewQuestion(streamKey, guildId, context.UserId, text, panelist, similar), now,
            options.Value.AskCooldown, cancellationToken);
        switch (outcome)
        {
            case AskOutcome.Added added:
                if (await store.GetAsync(added.Id, cancellationToken) is { } question)
                    await poster.PostToQueueAsync(question, cancellationToken);
                // Asked after the end: the recap counts it (it is kept current until the question window closes).
                editor.MarkRecapChanged(streamKey, guildId);
                return Reply(texts.Received);
            case AskOutcome.Merged merged:
                await poster.RefreshQueueAsync(merged.Id, cancellationToken);
                return Reply(texts.MergedReply);
            case AskOutcome.TooSoon soon:
                return Reply(Format(texts.TooSoon, $"<t:{soon.NextAllowedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>"));
            default:
                return Reply(texts.NotOpen);
        }
    }

    public async ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.FocusedOption != PanelistOption || context.GuildId is not { } guildId)
            return [];
        var settings = await guildSettings.GetAsync(guildId, cancellationToken);
        if (await window.OpenStreamAsync(settings, time.GetUtcNow(), cancellationToken) is not { } stream || catalog.Find(stream.DiscussionId, guildId) is not { } discussion)
            return [];
        var typed = context.Option(PanelistOption) ?? "";
        return [.. discussion.Panel
            .Where(e => e.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Take(MaxChoices)
            .Select(e => new AutocompleteChoice(DiscordText.Truncate(e.Name, 100), DiscordText.Truncate(e.Name, 100)))];
    }

    /// <summary>The panelist as the panel names them when the choice matches one; free text (cut to 100) otherwise.</summary>
    private static string? Panelist(string? given, Discussion? discussion)
    {
        if (given is null)
            return null;
        var known = discussion?.Panel.FirstOrDefault(e => string.Equals(e.Name, given, StringComparison.OrdinalIgnoreCase));
        return known?.Name ?? DiscordText.Truncate(QuestionText.Clean(given), 100);
    }

    /// <summary>The most similar question of another member in this stream, if it is at least as similar as the setting.</summary>
    private async Task<long?> NearDuplicateAsync(
        ulong guildId, string streamKey, ulong memberId, string text, BotLanguage language, CancellationToken cancellationToken)
    {
        var documentLanguage = language == BotLanguage.English ? DocumentLanguage.English : DocumentLanguage.German;
        var best = (Id: (long?)null, Score: 0.0);
        foreach (var other in await store.ListAsync(guildId, streamKey, cancellationToken))
        {
            if (other.MemberId == memberId)
                continue;
            var score = TextSimilarity.Cosine(text, other.Text, documentLanguage);
            if (score >= options.Value.NearDuplicateSimilarity && score > best.Score)
                best = (other.Id, score);
        }
        return best.Id;
    }

    private static BotMessage Reply(string text) => BotMessage.Text(text, ephemeral: true);

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
