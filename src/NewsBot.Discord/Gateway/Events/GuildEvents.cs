using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>GUILD_CREATE: a guild became available or the bot joined one; with roles, channels and the bot's member.</summary>
public sealed record GuildCreateEvent(Guild Guild) : GatewayEvent
{
    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}

/// <summary>GUILD_UPDATE: the guild's own fields changed (name, owner, locale, roles).</summary>
public sealed record GuildUpdateEvent(Guild Guild) : GatewayEvent
{
    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}

/// <summary>GUILD_DELETE: the guild went unavailable (<see cref="Unavailable"/> true, an outage) or the bot left it.</summary>
public sealed record GuildDeleteEvent : GatewayEvent
{
    public Snowflake Id { get; init; }
    public bool? Unavailable { get; init; }

    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}
