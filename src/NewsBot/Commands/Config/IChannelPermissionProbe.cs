namespace NewsBot.Commands.Config;

/// <summary>
/// What /config needs to know from Discord about the bot's own permissions, so that moderators hear about a
/// problem when they configure, not when an announcement silently fails. Implemented by the Discord wiring
/// (guild roles, channel overwrites); permission values are Discord bitfields (see <see cref="Permissions"/>).
/// </summary>
internal interface IChannelPermissionProbe
{
    /// <summary>The bot's effective permissions in the channel (roles and overwrites applied), or null when the
    /// channel does not exist in this guild or the bot cannot see it.</summary>
    Task<ulong?> BotChannelPermissionsAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken);

    /// <summary>The bot's guild-wide permissions (its roles combined).</summary>
    Task<ulong> BotGuildPermissionsAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>The role, or null when the guild has no such role.</summary>
    Task<RoleProbe?> RoleAsync(ulong guildId, ulong roleId, CancellationToken cancellationToken);
}

/// <summary>What matters about a role for pinging it: whether anyone may mention it.</summary>
internal sealed record RoleProbe(ulong RoleId, bool Mentionable);
