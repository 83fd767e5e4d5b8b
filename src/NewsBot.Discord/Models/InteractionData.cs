using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>
/// The <c>data</c> of a command, autocomplete or component interaction. Settable, like the types below, so reading it
/// takes the source generator's setter path (see <see cref="Interaction"/>).
/// </summary>
public sealed record InteractionData
{
    public Snowflake? Id { get; set; }
    public string? Name { get; set; }
    public ApplicationCommandType? Type { get; set; }
    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
    public ResolvedData? Resolved { get; set; }
    public Snowflake? GuildId { get; set; }
    /// <summary>Component interactions.</summary>
    public string? CustomId { get; set; }
    public ComponentType? ComponentType { get; set; }
    public IReadOnlyList<string>? Values { get; set; }
}

public sealed record InteractionDataOption
{
    public string Name { get; set; } = "";
    public ApplicationCommandOptionType Type { get; set; }
    /// <summary>A string, integer, number or boolean (ids arrive as strings).</summary>
    public JsonElement? Value { get; set; }
    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
    public bool? Focused { get; set; }

    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : Value?.GetRawText();
}

public sealed record ResolvedData
{
    public IReadOnlyDictionary<Snowflake, User>? Users { get; set; }
    public IReadOnlyDictionary<Snowflake, GuildMember>? Members { get; set; }
    public IReadOnlyDictionary<Snowflake, Role>? Roles { get; set; }
    public IReadOnlyDictionary<Snowflake, Channel>? Channels { get; set; }
}
