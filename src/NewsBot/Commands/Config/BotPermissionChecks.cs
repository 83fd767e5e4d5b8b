using NewsBot.Texts;

namespace NewsBot.Commands.Config;

/// <summary>Turns probe results into warnings for moderators, in their language; empty when all is well.</summary>
internal sealed class BotPermissionChecks(IChannelPermissionProbe probe)
{
    public async Task<IReadOnlyList<string>> ChannelAsync(ulong guildId, ulong channelId, BotTexts texts, CancellationToken cancellationToken)
    {
        var permissions = await probe.BotChannelPermissionsAsync(guildId, channelId, cancellationToken);
        if (permissions is null)
            return [texts.ChannelNotVisible];
        var missing = Missing(permissions.Value, Permissions.Announce);
        return missing == 0 ? [] : [texts.MissingPermissions(string.Join(", ", Permissions.Names(missing)))];
    }

    /// <summary>Warns when the role is unknown, or not mentionable while the bot cannot mention everyone
    /// (checked in the announcement channel when one is set).</summary>
    public async Task<IReadOnlyList<string>> RoleAsync(
        ulong guildId, ulong roleId, ulong? channelId, BotTexts texts, CancellationToken cancellationToken)
    {
        var role = await probe.RoleAsync(guildId, roleId, cancellationToken);
        if (role is null)
            return [texts.RoleUnknown];
        if (role.Mentionable)
            return [];
        var permissions = channelId is { } channel
            ? await probe.BotChannelPermissionsAsync(guildId, channel, cancellationToken) ?? 0
            : await probe.BotGuildPermissionsAsync(guildId, cancellationToken);
        return Missing(permissions, Permissions.MentionEveryone) == 0 ? [] : [texts.RoleNotMentionable];
    }

    /// <summary>Mirroring needs Manage Events, or Create Events (which covers the events the bot created itself).</summary>
    public async Task<IReadOnlyList<string>> EventsAsync(ulong guildId, BotTexts texts, CancellationToken cancellationToken)
    {
        var permissions = await probe.BotGuildPermissionsAsync(guildId, cancellationToken);
        var canMirror = Missing(permissions, Permissions.ManageEvents) == 0 || Missing(permissions, Permissions.CreateEvents) == 0;
        return canMirror ? [] : [texts.MissingManageEvents];
    }

    private static ulong Missing(ulong granted, ulong required) =>
        (granted & Permissions.Administrator) != 0 ? 0 : required & ~granted;
}
