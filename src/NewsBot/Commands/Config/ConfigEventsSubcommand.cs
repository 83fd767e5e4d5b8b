using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>/config events: mirror streams as Discord scheduled events; warns when the bot lacks Manage Events.</summary>
internal sealed class ConfigEventsSubcommand(GuildSettingsChanger changer, BotPermissionChecks checks) : IConfigSubcommand
{
    private const string EnabledOption = "enabled";

    public SlashCommandOption Definition { get; } = new("events", "Mirror streams as scheduled events", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("events"),
        DescriptionLocalizations = Localizations.German("Streams als Server-Events spiegeln"),
        Options =
        [
            new(EnabledOption, "On or off", SlashCommandOptionType.Boolean, Required: true)
            {
                NameLocalizations = Localizations.German("aktiv"),
                DescriptionLocalizations = Localizations.German("An oder aus"),
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var given = request.Context.Option(EnabledOption);
        if (!bool.TryParse(given, out var enabled))
            return ConfigReply.Text(request.Texts.InvalidChoice(EnabledOption, DiscordText.Safe(given ?? ""), "true, false"));

        var warnings = enabled ? await checks.EventsAsync(request.GuildId, request.Texts, cancellationToken) : [];
        await changer.SaveAsync(request.Settings with { MirrorEvents = enabled }, request.Context.UserId,
            "mirror events", enabled ? "on" : "off", cancellationToken);
        return ConfigReply.Text(request.Texts.EventsSaved(enabled), warnings);
    }
}
