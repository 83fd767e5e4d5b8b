using NewsBot.Sandbox.World;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>Who the person at the terminal acts as, in which channel and language.</summary>
internal sealed class TerminalSession(SandboxGuild guild, SandboxUser member, SandboxChannel channel, BotLanguage language)
{
    public SandboxGuild Guild { get; } = guild;
    public SandboxUser Member { get; set; } = member;
    public SandboxChannel Channel { get; set; } = channel;
    public BotLanguage Language { get; set; } = language;
    public TerminalTexts Texts => TerminalTexts.For(Language);

    /// <summary>Whether the member may view the channel, as Discord decides it (a private channel stays hidden).</summary>
    public bool CanSee(SandboxChannel channel) =>
        Guild.FindMember(Member.Id) is { } member && (Guild.PermissionsIn(member, channel) & SandboxPermissions.ViewChannel) != 0;

    /// <summary>The channels the member sees, in the guild's order.</summary>
    public IReadOnlyList<SandboxChannel> VisibleChannels => [.. Guild.Channels.Where(CanSee)];

    /// <summary>"mod-mia [Moderator]": the username and the member's roles.</summary>
    public string MemberDisplay
    {
        get
        {
            var roles = Guild.FindMember(Member.Id)?.RoleIds
                .Select(id => Guild.Roles.FirstOrDefault(r => r.Id == id)?.Name)
                .OfType<string>().ToList() ?? [];
            return roles.Count == 0 ? Member.Username : $"{Member.Username} [{string.Join(", ", roles)}]";
        }
    }
}
