using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>GUILD_ROLE_CREATE.</summary>
public sealed record GuildRoleCreateEvent : GatewayEvent
{
    public Snowflake GuildId { get; init; }
    public Role Role { get; init; } = new();

    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}

/// <summary>GUILD_ROLE_UPDATE: the whole role as it is now.</summary>
public sealed record GuildRoleUpdateEvent : GatewayEvent
{
    public Snowflake GuildId { get; init; }
    public Role Role { get; init; } = new();

    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}

/// <summary>GUILD_ROLE_DELETE.</summary>
public sealed record GuildRoleDeleteEvent : GatewayEvent
{
    public Snowflake GuildId { get; init; }
    public Snowflake RoleId { get; init; }

    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}
