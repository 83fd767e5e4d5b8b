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

    public SandboxRole Everyone => Roles.First(r => r.Id == Id);

    public SandboxChannel Channel(string name) => Channels.First(c => c.Name == name);

    public SandboxRole Role(string name) => Roles.First(r => r.Name == name);

    public SandboxMember? FindMember(ulong userId) => Members.FirstOrDefault(m => m.User.Id == userId);

    public SandboxMember Member(string username) => Members.First(m => m.User.Username == username);

    /// <summary>Guild-level permissions of a member: @everyone plus its roles; owner and administrators get all.</summary>
    public ulong BasePermissions(SandboxMember member)
    {
        if (member.User.Id == OwnerId)
            return SandboxPermissions.All;
        var permissions = Everyone.Permissions;
        foreach (var role in Roles.Where(r => member.RoleIds.Contains(r.Id)))
            permissions |= role.Permissions;
        return (permissions & SandboxPermissions.Administrator) != 0 ? SandboxPermissions.All : permissions;
    }

    /// <summary>Channel permissions after Discord's overwrite order: @everyone, roles, then the member.</summary>
    public ulong PermissionsIn(SandboxMember member, SandboxChannel channel)
    {
        var permissions = BasePermissions(member);
        if ((permissions & SandboxPermissions.Administrator) != 0)
            return SandboxPermissions.All;
        var everyone = channel.Overwrites.FirstOrDefault(o => o.Type == 0 && o.Id == Id);
        if (everyone is not null)
            permissions = (permissions & ~everyone.Deny) | everyone.Allow;
        ulong allow = 0, deny = 0;
        foreach (var overwrite in channel.Overwrites.Where(o => o.Type == 0 && o.Id != Id && member.RoleIds.Contains(o.Id)))
        {
            allow |= overwrite.Allow;
            deny |= overwrite.Deny;
        }
        permissions = (permissions & ~deny) | allow;
        var own = channel.Overwrites.FirstOrDefault(o => o.Type == 1 && o.Id == member.User.Id);
        if (own is not null)
            permissions = (permissions & ~own.Deny) | own.Allow;
        return permissions;
    }
}
