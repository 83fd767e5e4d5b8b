using NewsBot.Messages;

namespace NewsBot.Commands.Formatting;

/// <summary>Brings an embed within Discord's limits, shortening the longest parts first and never failing.</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Total = 6000;

    public static BotEmbed Fit(BotEmbed embed)
    {
        var title = embed.Title is null ? null : DocumentText.Truncate(embed.Title, Title);
        var footer = embed.Footer is null ? null : DocumentText.Truncate(embed.Footer, Footer);
        var fields = embed.Fields.Take(Fields)
            .Select(f => new BotEmbedField(
                DocumentText.Truncate(Blank(f.Name), FieldName), DocumentText.Truncate(Blank(f.Value), FieldValue), f.Inline))
            .ToList();
        var description = embed.Description is null ? null : DocumentText.Truncate(embed.Description, Description);

        var fixedLength = (title?.Length ?? 0) + (footer?.Length ?? 0);
        var fieldsLength = fields.Sum(f => f.Name.Length + f.Value.Length);
        while (fields.Count > 0 && fixedLength + fieldsLength + Math.Min(description?.Length ?? 0, 1000) > Total)
        {
            fieldsLength -= fields[^1].Name.Length + fields[^1].Value.Length;
            fields.RemoveAt(fields.Count - 1);
        }
        var room = Total - fixedLength - fieldsLength;
        if (description is not null && description.Length > room)
            description = room > 1 ? DocumentText.Truncate(description, room) : null;

        return embed with { Title = title, Description = description, Fields = fields, Footer = footer };
    }

    public static int Length(BotEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Length ?? 0)
        + embed.Fields.Sum(f => f.Name.Length + f.Value.Length);

    // Discord rejects empty field names and values.
    private static string Blank(string text) => string.IsNullOrWhiteSpace(text) ? "\u200B" : text;
}
