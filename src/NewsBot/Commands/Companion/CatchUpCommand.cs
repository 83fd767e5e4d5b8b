using System.Globalization;
using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Companion.Questions;
using NewsBot.Core.Documents;
using NewsBot.Messages;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>
/// /catchup (/aufholen), for late joiners, only the asker sees it: since when the stream is live (or when it starts or
/// ended), the panel, the guiding questions, the audience questions with most votes so far and the live thread.
/// </summary>
internal sealed class CatchUpCommand(
    IGuildSettingsStore guildSettings, QuestionWindow window, IQuestionStore store, ILiveThreadStore threads, IDiscussionCatalog catalog,
    TimeProvider time) : ISlashCommand
{
    public SlashCommandDefinition Definition { get; } = new("catchup", "Catch up on the discussion running now", [])
    {
        NameLocalizations = Localizations.German("aufholen"),
        DescriptionLocalizations = Localizations.German("Bei der laufenden Diskussion aufholen"),
        GuildOnly = true,
    };

    public HelpLine Help { get; } = new(
        "Catch up on the running discussion: panel, guiding questions, top audience questions, the live thread.",
        "Bei der laufenden Diskussion aufholen: Podium, Leitfragen, beliebteste Publikumsfragen, der Live-Thread.");

    public bool DefersEphemeral(CommandContext context) => true;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = BotLocales.FromLocale(context.UserLocale ?? context.GuildLocale) ?? BotLanguage.English;
        var texts = RecapTexts.For(language);
        var now = time.GetUtcNow();
        if (context.GuildId is not { } guildId
            || await window.OpenStreamAsync(await guildSettings.GetAsync(guildId, cancellationToken), now, cancellationToken) is not { } stream
            || catalog.Find(stream.DiscussionId, guildId) is not { } discussion)
            return BotMessage.Text(RecapTexts.For(language).NothingOpen, ephemeral: true);

        var streamKey = AnnouncementKey.StreamKeyOf(stream);
        var end = window.EndOf(stream);
        var status = now < stream.StartsAt ? Format(texts.StartsAt, stream.StartsAt)
            : now < end ? Format(texts.LiveSince, stream.StartsAt)
            : Format(texts.EndedAt, end);
        var fields = new List<BotEmbedField>();
        if (discussion.Panel.Count > 0)
            fields.Add(new(texts.Panel, RecapComposer.PanelLines(discussion)));
        if (discussion.Questions.Count > 0)
            fields.Add(new(BotTexts.For(language).QuestionsTitle, string.Join("\n", discussion.Questions.Select((q, i) => $"{i + 1}. {DiscordText.Safe(q)}"))));
        var top = RecapComposer.TopLines(await store.ListAsync(guildId, streamKey, cancellationToken));
        fields.Add(new(texts.TopQuestions, top ?? texts.NoTopQuestions));
        if (await threads.OpenThreadAsync(streamKey, guildId, cancellationToken) is { ThreadId: { } threadId })
            fields.Add(new(texts.Thread, $"https://discord.com/channels/{guildId.ToString(CultureInfo.InvariantCulture)}/{threadId.ToString(CultureInfo.InvariantCulture)}"));
        if (stream.Link is { } link)
            fields.Add(new(texts.Watch, link.AbsoluteUri));
        return BotMessage.WithEmbed(new BotEmbed(DiscordText.Safe(discussion.Headline), status, fields, Url: stream.Link?.AbsoluteUri), ephemeral: true);
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);

    private static string Format(string template, DateTimeOffset at)
    {
        var seconds = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, template, $"<t:{seconds}:t>", $"<t:{seconds}:R>");
    }
}
