using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Schedule;
using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>/config show: every setting, plus the problems known now (permissions) and recent failed deliveries.</summary>
internal sealed class ConfigShowSubcommand(
    BotPermissionChecks checks, IAnnouncementFailures failures, IEnumerable<IConfigShowSection> sections, IOptions<ScheduleOptions> schedule)
    : IConfigSubcommand
{
    private const int MaxFailures = 5;
    private const int FieldLimit = 1024;

    public SlashCommandOption Definition { get; } = new("show", "Show the current settings", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("anzeigen"),
        DescriptionLocalizations = Localizations.German("Die aktuellen Einstellungen anzeigen"),
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var (texts, settings, guildId) = (request.Texts, request.Settings, request.GuildId);
        var problems = new List<string>();
        if (settings.AnnouncementChannelId is { } channelId)
            problems.AddRange(await checks.ChannelAsync(guildId, channelId, texts, cancellationToken));
        if (settings.PingRoleId is { } roleId)
            problems.AddRange(await checks.RoleAsync(guildId, roleId, settings.AnnouncementChannelId, texts, cancellationToken));
        if (settings.MirrorEvents)
            problems.AddRange(await checks.EventsAsync(guildId, texts, cancellationToken));
        var extra = new List<BotEmbedField>();
        foreach (var section in sections)
        {
            var (sectionFields, sectionProblems) = await section.DescribeAsync(request, cancellationToken);
            extra.AddRange(sectionFields);
            problems.AddRange(sectionProblems);
        }
        var recent = await failures.RecentFailuresAsync(guildId, cancellationToken);
        problems.AddRange(recent.Take(MaxFailures).Select(f =>
            $"{DiscordText.Safe(f.What)}: {DiscordText.Safe(f.Reason)} ({DiscordTimestamp.Relative(f.At)})"));

        var fields = new List<BotEmbedField>
        {
            new(texts.ChannelLabel, settings.AnnouncementChannelId is { } c ? $"<#{c}>" : texts.NoAnnouncements),
            new(texts.RoleLabel, settings.PingRoleId is { } r ? $"<@&{r}>" : texts.NobodyPinged),
            new(texts.RemindersLabel, texts.Minutes(ReminderSteps.Format(settings.ReminderOffsets))),
            new(texts.LanguageLabel, texts.LanguageName(settings.Language), Inline: true),
            new(texts.EventsLabel, settings.MirrorEvents ? texts.On : texts.Off, Inline: true),
            new(TimeZoneTexts.Label(texts.Language), TimeZoneTexts.Shown(texts.Language, settings.TimeZone, schedule.Value.DefaultTimeZone), Inline: true),
        };
        fields.AddRange(extra);
        fields.Add(new(texts.ProblemsLabel, problems.Count == 0 ? texts.NoProblems : ProblemLines(problems)));
        return BotMessage.WithEmbed(new BotEmbed(texts.SettingsTitle, null, fields), ephemeral: true);
    }

    /// <summary>As many whole problems as fit Discord's field limit (the first are the most pressing), then "…".</summary>
    private static string ProblemLines(List<string> problems)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var line in problems.Select(p => "⚠️ " + p))
        {
            if (lines.Length + line.Length + 1 > FieldLimit - 2)
                return lines.Append(lines.Length == 0 ? "…" : "\n…").ToString();
            lines.Append(lines.Length == 0 ? "" : "\n").Append(line);
        }
        return lines.ToString();
    }
}
