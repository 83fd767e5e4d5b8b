using System.Globalization;
using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>/config role: the one role announcements ping, or nobody when left out. Warns when the ping would do nothing.</summary>
internal sealed class ConfigRoleSubcommand(GuildSettingsChanger changer, BotPermissionChecks checks) : IConfigSubcommand
{
    private const string RoleOption = "role";

    public SlashCommandOption Definition { get; } = new("role", "Set the role to ping (leave out: ping nobody)", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("rolle"),
        DescriptionLocalizations = Localizations.German("Die Rolle für Pings festlegen (leer: niemand)"),
        Options =
        [
            new(RoleOption, "The role announcements ping", SlashCommandOptionType.Role)
            {
                NameLocalizations = Localizations.German("rolle"),
                DescriptionLocalizations = Localizations.German("Die Rolle, die Ankündigungen pingen"),
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        var given = request.Context.Option(RoleOption);
        if (given is null)
        {
            await changer.SaveAsync(request.Settings with { PingRoleId = null }, request.Context.UserId, "ping role", "none", cancellationToken);
            return ConfigReply.Text(texts.RoleCleared);
        }
        if (!ConfigReply.TryId(given, out var roleId))
            return ConfigReply.Text(texts.InvalidChoice(RoleOption, given, "@role"));

        var warnings = await checks.RoleAsync(request.GuildId, roleId, request.Settings.AnnouncementChannelId, texts, cancellationToken);
        await changer.SaveAsync(request.Settings with { PingRoleId = roleId }, request.Context.UserId,
            "ping role", roleId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return ConfigReply.Text(texts.RoleSaved($"<@&{roleId}>"), warnings);
    }
}
