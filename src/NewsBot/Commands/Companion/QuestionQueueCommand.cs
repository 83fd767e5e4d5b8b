using System.Globalization;
using NewsBot.Announcements;
using NewsBot.Companion.Questions;
using NewsBot.Messages;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>/queue (/warteschlange): moderators see the current stream's audience questions sorted by votes, with their state.</summary>
internal sealed class QuestionQueueCommand(IGuildSettingsStore guildSettings, QuestionWindow window, IQuestionStore store, TimeProvider time) : ISlashCommand
{
    private const int Shown = 20;

    public SlashCommandDefinition Definition { get; } = new("queue", "Moderators: audience questions sorted by votes", [])
    {
        NameLocalizations = Localizations.German("warteschlange"),
        DescriptionLocalizations = Localizations.German("Moderation: Publikumsfragen nach Stimmen"),
        DefaultMemberPermissions = Permissions.ManageGuild,
        GuildOnly = true,
    };

    public HelpLine Help { get; } = new(
        "For moderators: the audience questions of the current stream, by votes.",
        "Für Moderatoren: die Publikumsfragen des laufenden Streams nach Stimmen.");

    public bool DefersEphemeral(CommandContext context) => true;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = QuestionTexts.For(BotLocales.FromLocale(context.UserLocale ?? context.GuildLocale) ?? BotLanguage.English);
        if (context.GuildId is not { } guildId || (context.MemberPermissions & (Permissions.ManageGuild | Permissions.Administrator)) == 0)
            return BotMessage.Text(texts.NotAModerator, ephemeral: true);
        var settings = await guildSettings.GetAsync(guildId, cancellationToken);
        if (await window.OpenStreamAsync(settings, time.GetUtcNow(), cancellationToken) is not { } stream)
            return BotMessage.Text(texts.NotOpen, ephemeral: true);
        var questions = (await store.ListAsync(guildId, AnnouncementKey.StreamKeyOf(stream), cancellationToken))
            .OrderByDescending(q => q.Votes).ThenBy(q => q.Id).ToList();
        var lines = questions.Take(Shown).Select(q =>
            $"**#{q.Id.ToString(CultureInfo.InvariantCulture)}** · 👍 {q.Votes.ToString(CultureInfo.InvariantCulture)} · {texts.StateName(q.State)}"
            + (q.SimilarTo is null ? "" : " · ⚠️") + "\n" + DiscordText.Truncate(DiscordText.Safe(q.Text), 150));
        var description = questions.Count == 0 ? texts.QueueEmpty : string.Join("\n", lines);
        return BotMessage.WithEmbed(new BotEmbed(texts.QueueTitle, description, []), ephemeral: true);
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
