using NewsBot.Messages;

namespace NewsBot.Commands.Formatting;

/// <summary>Wraps an embed into a reply, always within Discord's limits.</summary>
internal static class Replies
{
    public static BotMessage Embed(BotEmbed embed, bool ephemeral = false) => BotMessage.WithEmbed(EmbedLimits.Fit(embed), ephemeral);
}
