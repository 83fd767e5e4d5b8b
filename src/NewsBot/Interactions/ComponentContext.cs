namespace NewsBot.Interactions;

/// <summary>A member pressed a button (independent of Discord's payload).</summary>
/// <param name="Prefix">The custom id's prefix: which handler it is for.</param>
/// <param name="Payload">The custom id after the prefix: the state the button carries.</param>
/// <param name="MessageId">The message the button is on.</param>
/// <param name="GuildId">The guild, or null in a DM.</param>
/// <param name="ChannelId">The channel of the message.</param>
/// <param name="UserId">Who pressed it.</param>
/// <param name="UserLocale">The member's Discord locale, or null.</param>
/// <param name="GuildLocale">The guild's preferred locale, or null.</param>
/// <param name="MemberPermissions">The member's permissions in the channel (check again before any change); 0 in DMs.</param>
public sealed record ComponentContext(
    string Prefix,
    string Payload,
    ulong? MessageId,
    ulong? GuildId,
    ulong? ChannelId,
    ulong UserId,
    string? UserLocale,
    string? GuildLocale,
    ulong MemberPermissions);
