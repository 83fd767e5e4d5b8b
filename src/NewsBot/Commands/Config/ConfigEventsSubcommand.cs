namespace NewsBot.Commands.Config;

/// <summary>/config events: mirror streams as Discord scheduled events; warns when the bot lacks Manage Events.</summary>
internal sealed class ConfigEventsSubcommand(GuildSettingsChanger changer, BotPermissionChecks checks)
    : ConfigSwitchSubcommand("events", "Mirror streams as scheduled events", "events", "Streams als Server-Events spiegeln")
{
    protected override async Task<(string Outcome, IReadOnlyList<string> Warnings)> ApplyAsync(
        ConfigRequest request, bool enabled, CancellationToken cancellationToken)
    {
        var warnings = enabled ? await checks.EventsAsync(request.GuildId, request.Texts, cancellationToken) : [];
        await changer.SaveAsync(request.Settings with { MirrorEvents = enabled }, request.Context.UserId,
            "mirror events", enabled ? "on" : "off", cancellationToken);
        return (request.Texts.EventsSaved(enabled), warnings);
    }
}
