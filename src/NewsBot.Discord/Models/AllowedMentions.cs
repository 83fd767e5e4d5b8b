namespace NewsBot.Discord.Models;

/// <summary>Who a message may ping. Every outgoing message of ours carries one.</summary>
public sealed record AllowedMentions
{
    public IReadOnlyList<string> Parse { get; init; } = [];
    public IReadOnlyList<Snowflake>? Roles { get; init; }
    public IReadOnlyList<Snowflake>? Users { get; init; }
    public bool? RepliedUser { get; init; }

    /// <summary>Pings nobody.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Pings only the given role.</summary>
    public static AllowedMentions OnlyRole(Snowflake roleId) => new() { Roles = [roleId] };
}
