using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>/config reminders: the reminder steps in minutes before the start; refused with a clear reason when invalid.</summary>
internal sealed class ConfigRemindersSubcommand(GuildSettingsChanger changer) : IConfigSubcommand
{
    private const string StepsOption = "steps";

    public SlashCommandOption Definition { get; } = new("reminders", "Set the reminders, in minutes before the start", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("erinnerungen"),
        DescriptionLocalizations = Localizations.German("Die Erinnerungen festlegen, in Minuten vor Beginn"),
        Options =
        [
            new(StepsOption, "Up to 5 steps in minutes, e.g. 60, 15, 0 (0 = at the start)", SlashCommandOptionType.String, Required: true)
            {
                NameLocalizations = Localizations.German("minuten"),
                DescriptionLocalizations = Localizations.German("Bis zu 5 Werte in Minuten, z. B. 60, 15, 0 (0 = zum Beginn)"),
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        switch (ReminderSteps.Parse(request.Context.Option(StepsOption)))
        {
            case ReminderStepsResult.Parsed parsed:
                var list = ReminderSteps.Format(parsed.Offsets);
                await changer.SaveAsync(request.Settings with { ReminderOffsets = parsed.Offsets }, request.Context.UserId,
                    "reminders", list, cancellationToken);
                return ConfigReply.Text(request.Texts.RemindersSaved(list));
            case ReminderStepsResult.Rejected rejected:
                var token = rejected.Token is null ? null : DiscordText.Truncate(DiscordText.Safe(rejected.Token), 30);
                return ConfigReply.Text(request.Texts.RemindersInvalid(rejected.Error, token));
            default:
                throw new InvalidOperationException("Unknown reminder parse result.");
        }
    }
}
