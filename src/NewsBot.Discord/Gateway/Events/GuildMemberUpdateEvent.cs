using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>GUILD_MEMBER_UPDATE; only arrives with the privileged GUILD_MEMBERS intent.</summary>
public sealed record GuildMemberUpdateEvent : GatewayEvent
{
    public Snowflake GuildId { get; init; }
    public User User { get; init; } = new();
    public IReadOnlyList<Snowflake> Roles { get; init; } = [];
    public string? Nick { get; init; }

    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}
