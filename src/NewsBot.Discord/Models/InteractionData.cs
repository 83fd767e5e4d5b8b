using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>The <c>data</c> of a command, autocomplete or component interaction.</summary>
public sealed record InteractionData
{
    public Snowflake? Id { get; init; }
    public string? Name { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public ResolvedData? Resolved { get; init; }
    public Snowflake? GuildId { get; init; }
    /// <summary>Component interactions.</summary>
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
}

public sealed record InteractionDataOption
{
    public string Name { get; init; } = "";
    public ApplicationCommandOptionType Type { get; init; }
    /// <summary>A string, integer, number or boolean (ids arrive as strings).</summary>
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public bool? Focused { get; init; }

    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : Value?.GetRawText();
}

public sealed record ResolvedData
{
    public IReadOnlyDictionary<Snowflake, User>? Users { get; init; }
    public IReadOnlyDictionary<Snowflake, GuildMember>? Members { get; init; }
    public IReadOnlyDictionary<Snowflake, Role>? Roles { get; init; }
    public IReadOnlyDictionary<Snowflake, Channel>? Channels { get; init; }
}
