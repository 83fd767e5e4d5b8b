namespace NewsBot.Discord.Models;

/// <summary>
/// A member's effective permissions in a channel, in Discord's documented order: owner → everything; base from
/// @everyone and the member's roles; ADMINISTRATOR → everything; then overwrites for @everyone, the member's roles
/// (denies, then allows, combined), and the member. Without VIEW_CHANNEL nothing else in the channel applies.
/// </summary>
public static class PermissionCalculator
{
    public static Permissions ComputeBase(Snowflake guildId, Snowflake ownerId, Snowflake memberId, IEnumerable<Snowflake> memberRoleIds, IReadOnlyDictionary<Snowflake, Role> roles)
    {
        if (memberId == ownerId)
            return Permissions.All;
        var permissions = roles.TryGetValue(guildId, out var everyone) ? everyone.Permissions : Permissions.None;
        foreach (var roleId in memberRoleIds)
        {
            if (roles.TryGetValue(roleId, out var role))
                permissions |= role.Permissions;
        }
        return permissions.HasFlag(Permissions.Administrator) ? Permissions.All : permissions;
    }

    public static Permissions ComputeInChannel(
        Snowflake guildId, Snowflake ownerId, Snowflake memberId, IReadOnlyCollection<Snowflake> memberRoleIds,
        IReadOnlyDictionary<Snowflake, Role> roles, IReadOnlyList<PermissionOverwrite>? overwrites)
    {
        var permissions = ComputeBase(guildId, ownerId, memberId, memberRoleIds, roles);
        if (permissions == Permissions.All)
            return Permissions.All;
        overwrites ??= [];

        foreach (var overwrite in overwrites)
        {
            if (overwrite.Type == PermissionOverwriteType.Role && overwrite.Id == guildId)
                permissions = (permissions & ~overwrite.Deny) | overwrite.Allow;
        }

        var allow = Permissions.None;
        var deny = Permissions.None;
        foreach (var overwrite in overwrites)
        {
            if (overwrite.Type == PermissionOverwriteType.Role && overwrite.Id != guildId && memberRoleIds.Contains(overwrite.Id))
            {
                allow |= overwrite.Allow;
                deny |= overwrite.Deny;
            }
        }
        permissions = (permissions & ~deny) | allow;

        foreach (var overwrite in overwrites)
        {
            if (overwrite.Type == PermissionOverwriteType.Member && overwrite.Id == memberId)
                permissions = (permissions & ~overwrite.Deny) | overwrite.Allow;
        }

        if (!permissions.HasFlag(Permissions.ViewChannel))
            return Permissions.None;
        if (!permissions.HasFlag(Permissions.SendMessages))
            permissions &= ~(Permissions.MentionEveryone | Permissions.EmbedLinks | Permissions.AttachFiles | Permissions.SendMessagesInThreads);
        return permissions;
    }
}
