using System.Collections.Concurrent;

namespace NewsBot.Sandbox.World;

/// <summary>A guild of the sandbox world with its roles, channels and members.</summary>
public sealed class SandboxGuild(ulong id, string name, ulong ownerId, string preferredLocale)
{
    public ulong Id { get; } = id;
    public string Name { get; } = name;
    public ulong OwnerId { get; set; } = ownerId;
    public string PreferredLocale { get; set; } = preferredLocale;
    public IList<SandboxRole> Roles { get; } = [];
    public IList<SandboxChannel> Channels { get; } = [];
    public IList<SandboxMember> Members { get; } = [];

    /// <summary>Threads started while the sandbox runs (requests add them concurrently), by id.</summary>
    public ConcurrentDictionary<ulong, SandboxChannel> Threads { get; } = new();

    /// <summary>A channel or thread of this guild.</summary>
    public SandboxChannel? FindChannel(ulong id)
    {
        foreach (var channel in Channels)
        {
            if (channel.Id == id)
                return channel;
        }
        return Threads.TryGetValue(id, out var thread) ? thread : null;
    }

    /// <summary>Every channel and thread id (where a message may be).</summary>
    public IEnumerable<ulong> ChannelAndThreadIds => Channels.Select(c => c.Id).Concat(Threads.Keys);

    public SandboxRole Everyone => Roles.First(r => r.Id == Id);

    public SandboxChannel Channel(string name) => Channels.First(c => c.Name == name);

    public SandboxRole Role(string name) => Roles.First(r => r.Name == name);

    public SandboxMember? FindMember(ulong userId)
    {
        foreach (var member in Members)
        {
            if (member.User.Id == userId)
                return member;
        }
        return null;
    }

    public SandboxMember Member(string username) => Members.First(m => m.User.Username == username);

    /// <summary>Guild-level permissions of a member: @everyone plus its roles; owner and administrators get all.</summary>
    public ulong BasePermissions(SandboxMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.User.Id == OwnerId)
            return SandboxPermissions.All;
        var permissions = 0UL;
        // One pass without closures: this runs for every interaction.
        foreach (var role in Roles)
        {
            if (role.Id == Id || member.RoleIds.Contains(role.Id))
                permissions |= role.Permissions;
        }
        return (permissions & SandboxPermissions.Administrator) != 0 ? SandboxPermissions.All : permissions;
    }

    /// <summary>
    /// Channel permissions after Discord's overwrite order: @everyone, roles, then the member. A thread has no overwrites
    /// of its own: its parent's apply.
    /// </summary>
    public ulong PermissionsIn(SandboxMember member, SandboxChannel channel)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(channel);
        if (channel is { IsThread: true, ParentId: { } parentId } && FindChannel(parentId) is { } parent)
            channel = parent;
        var permissions = BasePermissions(member);
        if ((permissions & SandboxPermissions.Administrator) != 0)
            return SandboxPermissions.All;
        SandboxOverwrite? everyone = null, own = null;
        ulong allow = 0, deny = 0;
        foreach (var overwrite in channel.Overwrites)
        {
            if (overwrite.Type == 0 && overwrite.Id == Id)
                everyone ??= overwrite;
            else if (overwrite.Type == 0 && member.RoleIds.Contains(overwrite.Id))
            {
                allow |= overwrite.Allow;
                deny |= overwrite.Deny;
            }
            else if (overwrite.Type == 1 && overwrite.Id == member.User.Id)
                own ??= overwrite;
        }
        if (everyone is not null)
            permissions = (permissions & ~everyone.Deny) | everyone.Allow;
        permissions = (permissions & ~deny) | allow;
        if (own is not null)
            permissions = (permissions & ~own.Deny) | own.Allow;
        return permissions;
    }
}
