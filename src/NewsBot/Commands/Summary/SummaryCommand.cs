using NewsBot.Commands.Discussions;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Summary;

/// <summary>/summary: the extractive summary of a discussion, with its stream (or the time its text announces).</summary>
internal sealed class SummaryCommand(
    DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ISummarizer summarizer, AnnouncedTimes announced, ReplyTexts replyTexts)
    : DiscussionCommand(resolver, autocomplete, replyTexts)
{
    private const string LengthOption = "length";

    public override SlashCommandDefinition Definition { get; } = new(
        "summary", "A short summary of a discussion",
        [
            DiscussionOption.Definition,
            new SlashCommandOption(LengthOption, "How long (default: short)", SlashCommandOptionType.String)
            {
                NameLocalizations = Localizations.German("länge"),
                DescriptionLocalizations = Localizations.German("Wie lang (sonst kurz)"),
                Choices =
                [
                    new("short", "short") { NameLocalizations = Localizations.German("kurz") },
                    new("medium", "medium") { NameLocalizations = Localizations.German("mittel") },
                    new("long", "long") { NameLocalizations = Localizations.German("lang") },
                ],
            },
        ])
    {
        NameLocalizations = Localizations.German("zusammenfassung"),
        DescriptionLocalizations = Localizations.German("Eine kurze Zusammenfassung einer Diskussion"),
    };

    public override HelpLine Help { get; } = new(
        "A short, medium or long summary of a discussion.",
        "Eine kurze, mittlere oder lange Zusammenfassung einer Diskussion.");

    public override async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var length = ParseLength(context.Option(LengthOption));
        if (length is null)
        {
            var given = DiscordText.Truncate(DiscordText.Safe(context.Option(LengthOption)!), 50);
            return BotMessage.Text(ReplyTexts.Ephemeral(context).InvalidChoice(LengthOption, given, "short, medium, long"), ephemeral: true);
        }
        return await ReplyAboutAsync(context, (discussion, texts) => Reply(discussion, texts, length.Value, context.GuildId), cancellationToken);
    }

    private BotMessage Reply(Discussion discussion, BotTexts texts, SummaryLength length, ulong? guildId)
    {
        var sentences = summarizer.Summarize(discussion, length);
        var stream = Resolver.StreamOf(discussion.Id, guildId);
        var streamLine = DiscordText.Safe(discussion.StreamTitle) + "\n"
            + (stream is not null ? DiscordTimestamp.FullAndRelative(stream.StartsAt)
                : announced.SlotOf(discussion) is { } slot ? AnnouncedTimeText.Line(slot, texts)
                : texts.NotScheduled);
        return BotMessage.WithEmbed(new BotEmbed(
            DiscordText.Safe(discussion.Headline),
            sentences.Count == 0 ? texts.NoSummary : string.Join(" ", sentences.Select(DiscordText.Safe)),
            [new BotEmbedField(texts.StreamLabel, streamLine)],
            Url: stream?.Link?.ToString(),
            Footer: discussion.Id));
    }

    /// <summary>short/medium/long (also kurz/mittel/lang); null for anything else. Absent = short.</summary>
    internal static SummaryLength? ParseLength(string? value) => value?.ToUpperInvariant() switch
    {
        null or "SHORT" or "KURZ" or "BRIEF" => SummaryLength.Brief,
        "MEDIUM" or "MITTEL" => SummaryLength.Medium,
        "LONG" or "LANG" or "DETAILED" => SummaryLength.Detailed,
        _ => null,
    };
}
