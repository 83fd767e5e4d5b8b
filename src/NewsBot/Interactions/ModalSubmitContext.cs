namespace NewsBot.Interactions;

/// <summary>A member submitted a modal (independent of Discord's payload).</summary>
/// <param name="Prefix">The modal custom id's prefix: which handler it is for.</param>
/// <param name="Payload">The modal custom id after the prefix.</param>
/// <param name="Values">What was typed, by text input custom id ("" for an input left empty).</param>
/// <param name="MessageId">When the modal was opened from a button: that button's message (an update then changes it).</param>
/// <param name="GuildId">The guild, or null in a DM.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="UserId">Who submitted it.</param>
/// <param name="UserLocale">The member's Discord locale, or null.</param>
/// <param name="GuildLocale">The guild's preferred locale, or null.</param>
/// <param name="MemberPermissions">The member's permissions in the channel (check again before any change); 0 in DMs.</param>
public sealed record ModalSubmitContext(
    string Prefix,
    string Payload,
    IReadOnlyDictionary<string, string> Values,
    ulong? MessageId,
    ulong? GuildId,
    ulong? ChannelId,
    ulong UserId,
    string? UserLocale,
    string? GuildLocale,
    ulong MemberPermissions);
