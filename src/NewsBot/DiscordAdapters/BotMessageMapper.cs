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
            Components = ToComponents(message),
            Ephemeral = message.Ephemeral,
        };
    }

    /// <summary>
    /// An update of a button's message: it shows exactly what <paramref name="unfitted"/> holds, so empty content, embeds
    /// or buttons clear what was there.
    /// </summary>
    public static InteractionMessage ToUpdate(BotMessage unfitted)
    {
        var message = MessageFit.Fit(unfitted);
        return ToInteractionMessage(message) with
        {
            Content = message.Content ?? "",
            Embeds = [.. message.Embeds.Select(ToEmbed)],
            Components = ToComponents(message) ?? [],
        };
    }

    /// <summary>Action rows of buttons; null when the message has none.</summary>
    public static IReadOnlyList<Component>? ToComponents(BotMessage message) =>
        message.ButtonRows.Count == 0 ? null : [.. message.ButtonRows.Select(row => Component.ActionRow([.. row.Select(ToButton)]))];

    private static Component ToButton(BotButton button) => button.Style == BotButtonStyle.Link
        ? Component.LinkButton(button.Label, button.Url ?? "")
        : Component.Button(button.Style switch
        {
            BotButtonStyle.Primary => ButtonStyle.Primary,
            BotButtonStyle.Success => ButtonStyle.Success,
            BotButtonStyle.Danger => ButtonStyle.Danger,
            _ => ButtonStyle.Secondary,
        }, button.Label, button.CustomId ?? "", button.Disabled);

    public static InteractionModal ToModal(BotModal modal) => new(modal.CustomId, modal.Title,
    [
        .. modal.Inputs.Select(input => Component.ActionRow(Component.TextInput(input.CustomId, input.Label,
            input.Paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short, input.Required, input.MinLength, input.MaxLength, input.Value, input.Placeholder))),
    ]);

    public static MessageCreateRequest ToCreateRequest(BotMessage unfitted, string nonce)
    {
        var message = MessageFit.Fit(unfitted);
        return new()
        {
            Content = string.IsNullOrEmpty(message.Content) ? null : message.Content,
            Embeds = message.Embeds.Count == 0 ? null : [.. message.Embeds.Select(ToEmbed)],
            AllowedMentions = Mentions(message),
            Components = ToComponents(message),
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
