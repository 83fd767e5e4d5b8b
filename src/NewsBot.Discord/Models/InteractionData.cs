using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>
/// The <c>data</c> of a command, autocomplete, component or modal-submit interaction. Settable, like the types below, so
/// reading it takes the source generator's setter path (see <see cref="Interaction"/>).
/// </summary>
public sealed record InteractionData
{
    public Snowflake? Id { get; set; }
    public string? Name { get; set; }
    public ApplicationCommandType? Type { get; set; }
    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
    public ResolvedData? Resolved { get; set; }
    public Snowflake? GuildId { get; set; }
    /// <summary>Component interactions: the pressed component's custom id; modal submits: the modal's.</summary>
    public string? CustomId { get; set; }
    public ComponentType? ComponentType { get; set; }
    public IReadOnlyList<string>? Values { get; set; }

    /// <summary>Modal submits: the modal's action rows, each text input with the <c>value</c> the member typed.</summary>
    public IReadOnlyList<Component>? Components { get; set; }

    /// <summary>What the member typed into a modal's text input (null when the modal has no such input).</summary>
    public string? SubmittedValue(string customId)
    {
        foreach (var row in Components ?? [])
        {
            foreach (var input in row.Components ?? [])
            {
                if (input.CustomId == customId)
                    return input.Value ?? "";
            }
        }
        return null;
    }

    /// <summary>Every text input of a modal submit by custom id (an input left empty reads as "").</summary>
    public IReadOnlyDictionary<string, string> SubmittedValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Components ?? [])
        {
            foreach (var input in row.Components ?? [])
            {
                if (input.CustomId is { } id)
                    values[id] = input.Value ?? "";
            }
        }
        return values;
    }

    /// <summary>The file an attachment option (type 11) names, from <c>resolved.attachments</c>; null when absent.</summary>
    public Attachment? AttachmentOf(InteractionDataOption option) =>
        option.Type == ApplicationCommandOptionType.Attachment && option.StringValue is { } id && Snowflake.TryParse(id, out var key)
        && Resolved?.Attachments is { } attachments && attachments.TryGetValue(key, out var attachment)
            ? attachment
            : null;
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

    /// <summary>The files of attachment options, by the id each option's value holds.</summary>
    public IReadOnlyDictionary<Snowflake, Attachment>? Attachments { get; set; }
}
