namespace NewsBot.Commands;

/// <summary>One parsed invocation (or autocomplete request) of a slash command, independent of Discord's payload.</summary>
/// <param name="CommandName">The top-level command name (always the English default name).</param>
/// <param name="Subcommand">The subcommand name, or null.</param>
/// <param name="Options">The given options of the command or, for a subcommand, of that subcommand (flattened), by their
/// English name, as strings: text as typed (for autocomplete, the partial text), integers and booleans ("true"/"false")
/// invariant, channels and roles as their snowflake id.</param>
/// <param name="GuildId">The guild, or null in a DM.</param>
/// <param name="UserId">Who invoked it.</param>
/// <param name="UserLocale">The user's Discord locale ("de", "en-US"…), or null.</param>
/// <param name="GuildLocale">The guild's preferred locale, or null.</param>
/// <param name="MemberPermissions">The member's resolved permissions in the channel (Discord's member.permissions); 0 in DMs.</param>
public sealed record CommandContext(
    string CommandName,
    string? Subcommand,
    IReadOnlyDictionary<string, string> Options,
    ulong? GuildId,
    ulong UserId,
    string? UserLocale,
    string? GuildLocale,
    ulong MemberPermissions)
{
    /// <summary>The channel the command was used in, or null.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The files of attachment options, by option name (the option's value is the attachment's id).</summary>
    public IReadOnlyDictionary<string, CommandAttachment> Attachments { get; init; } = new Dictionary<string, CommandAttachment>();

    /// <summary>For autocomplete: the option the user is typing in.</summary>
    public string? FocusedOption { get; init; }

    /// <summary>The option's value, or null when absent or blank.</summary>
    public string? Option(string name) =>
        Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
