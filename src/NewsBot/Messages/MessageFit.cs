using NewsBot.Discord.Validation;

namespace NewsBot.Messages;

/// <summary>
/// Brings a message within Discord's limits (the client's <see cref="MessageLimits"/>), shortening the longest parts
/// first and never failing. Applied once, where a message leaves for Discord, so a reply, a preview and a post fit alike.
/// </summary>
internal static class MessageFit
{
    public static BotMessage Fit(BotMessage message) => message with
    {
        Content = message.Content is null ? null : DiscordText.Truncate(message.Content, MessageLimits.Content),
        Embeds = FitEmbeds(message.Embeds),
    };

    /// <summary>
    /// Discord counts the 6,000 characters over all embeds of a message together: each embed gets what the earlier ones
    /// left, and one that would get nothing is left out.
    /// </summary>
    private static List<BotEmbed> FitEmbeds(IEnumerable<BotEmbed> embeds)
    {
        var fitted = new List<BotEmbed>();
        var left = MessageLimits.EmbedTotal;
        foreach (var embed in embeds.Take(MessageLimits.Embeds))
        {
            if (left <= 0)
                break;
            var fit = Fit(embed, left);
            var length = Length(fit);
            if (length > left)
                break;
            fitted.Add(fit);
            left -= length;
        }
        return fitted;
    }

    public static BotEmbed Fit(BotEmbed embed) => Fit(embed, MessageLimits.EmbedTotal);

    private static BotEmbed Fit(BotEmbed embed, int total)
    {
        var title = embed.Title is null ? null : DiscordText.Truncate(embed.Title, MessageLimits.EmbedTitle);
        var footer = embed.Footer is null ? null : DiscordText.Truncate(embed.Footer, MessageLimits.EmbedFooter);
        var fields = embed.Fields.Take(MessageLimits.EmbedFields)
            .Select(f => new BotEmbedField(
                DiscordText.Truncate(Blank(f.Name), MessageLimits.EmbedFieldName),
                DiscordText.Truncate(Blank(f.Value), MessageLimits.EmbedFieldValue),
                f.Inline))
            .ToList();
        var description = embed.Description is null ? null : DiscordText.Truncate(embed.Description, MessageLimits.EmbedDescription);

        var fixedLength = (title?.Length ?? 0) + (footer?.Length ?? 0);
        var fieldsLength = fields.Sum(f => f.Name.Length + f.Value.Length);
        while (fields.Count > 0 && fixedLength + fieldsLength + Math.Min(description?.Length ?? 0, 1000) > total)
        {
            fieldsLength -= fields[^1].Name.Length + fields[^1].Value.Length;
            fields.RemoveAt(fields.Count - 1);
        }
        var room = total - fixedLength - fieldsLength;
        if (description is not null && description.Length > room)
            description = room > 1 ? DiscordText.Truncate(description, room) : null;

        return embed with { Title = title, Description = description, Fields = fields, Footer = footer };
    }

    /// <summary>The characters Discord counts towards an embed's 6,000.</summary>
    public static int Length(BotEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Length ?? 0)
        + embed.Fields.Sum(f => f.Name.Length + f.Value.Length);

    // Discord rejects empty field names and values.
    private static string Blank(string text) => string.IsNullOrWhiteSpace(text) ? "\u200B" : text;
}
