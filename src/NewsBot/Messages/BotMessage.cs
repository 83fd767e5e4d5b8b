namespace NewsBot.Messages;

/// <summary>
/// A message the bot sends (a command reply or an announcement), independent of Discord's wire types;
/// the Discord adapter maps it and always sends allowed_mentions so that only <see cref="PingRoleId"/> can ping.
/// </summary>
/// <param name="Content">Plain text above the embeds, or null; cut to 2,000 where it leaves (<see cref="MessageFit"/>).</param>
/// <param name="Embeds">Up to 10 embeds.</param>
/// <param name="Ephemeral">Only the invoking user sees it (interaction replies only).</param>
/// <param name="PingRoleId">The one role this message may ping, or null for none.</param>
public sealed record BotMessage(
    string? Content,
    IReadOnlyList<BotEmbed> Embeds,
    bool Ephemeral = false,
    ulong? PingRoleId = null)
{
    public static BotMessage Text(string content, bool ephemeral = false) => new(content, [], ephemeral);

    public static BotMessage WithEmbed(BotEmbed embed, bool ephemeral = false) => new(null, [embed], ephemeral);
}
