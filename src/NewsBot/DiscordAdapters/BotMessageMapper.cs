using NewsBot.Discord.Models;
using NewsBot.Messages;

namespace NewsBot.DiscordAdapters;

/// <summary>
/// Maps the features' messages to Discord's shapes, the one way out: every message is fitted to Discord's limits here
/// (<see cref="MessageFit"/>), and nobody can be pinged except the message's own role.
/// </summary>
internal static class BotMessageMapper
{
    public static AllowedMentions Mentions(BotMessage message) =>
        message.PingRoleId is { } role ? AllowedMentions.OnlyRole(role) : AllowedMentions.None;

    public static InteractionMessage ToInteractionMessage(BotMessage unfitted)
    {
        var message = MessageFit.Fit(unfitted);
        return new()
        {
            Content = string.IsNullOrEmpty(message.Content) ? null : message.Content,
            Embeds = message.Embeds.Count == 0 ? null : [.. message.Embeds.Select(ToEmbed)],
            AllowedMentions = Mentions(message),
            Ephemeral = message.Ephemeral,
        };
    }

    public static MessageCreateRequest ToCreateRequest(BotMessage unfitted, string nonce)
    {
        var message = MessageFit.Fit(unfitted);
        return new()
        {
            Content = string.IsNullOrEmpty(message.Content) ? null : message.Content,
            Embeds = message.Embeds.Count == 0 ? null : [.. message.Embeds.Select(ToEmbed)],
            AllowedMentions = Mentions(message),
            Nonce = nonce,
            EnforceNonce = true,
        };
    }

    public static Embed ToEmbed(BotEmbed embed) => new()
    {
        Title = Blank(embed.Title),
        Description = Blank(embed.Description),
        Url = embed.Url,
        Color = embed.Color,
        Timestamp = embed.Timestamp,
        Footer = Blank(embed.Footer) is { } footer ? new EmbedFooter(footer) : null,
        Fields = embed.Fields.Count == 0 ? null : [.. embed.Fields.Select(f => new EmbedField(f.Name, f.Value, f.Inline ? true : null))],
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
