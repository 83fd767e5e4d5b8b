using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>READY: the session, the bot user, the application and the guilds still to come as GUILD_CREATE.</summary>
public sealed record ReadyEvent : GatewayEvent
{
    public int V { get; init; }
    public User User { get; init; } = new();
    public IReadOnlyList<UnavailableGuild> Guilds { get; init; } = [];
    public string SessionId { get; init; } = "";
    public string ResumeGatewayUrl { get; init; } = "";
    public IReadOnlyList<int>? Shard { get; init; }
    public Application Application { get; init; } = new();

    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}
