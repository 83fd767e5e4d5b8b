using System.Globalization;
using NewsBot.Commands.Formatting;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Time;
using NewsBot.GuildDiscussions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// What the reader understood of a server's document, for the moderator: headline, panel, host, guiding questions,
/// broadcast time and source. Used for a preview (with its buttons) and for /discussions show.
/// </summary>
internal static class PreviewMessage
{
    private const int FieldLimit = 1024;

    public static BotEmbed Embed(Discussion discussion, GuildDocument document, string? description, BroadcastSlot? slot, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(discussion);
        ArgumentNullException.ThrowIfNull(document);
        var texts = BotTexts.For(language);
        var fields = new List<BotEmbedField>
        {
            new(DiscussionsTexts.PanelLabel(language), Limit(discussion.Panel.Count == 0
                ? DiscussionsTexts.None(language)
                : string.Join("\n", discussion.Panel.Select(Person)))),
        };
        if (!string.IsNullOrWhiteSpace(discussion.Host))
            fields.Add(new BotEmbedField(texts.HostLabel, DiscordText.Safe(discussion.Host)));
        fields.Add(new BotEmbedField(DiscussionsTexts.QuestionsLabel(language), Limit(discussion.Questions.Count == 0
            ? DiscussionsTexts.None(language)
            : string.Join("\n", discussion.Questions.Select((q, i) => $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {DiscordText.Safe(q)}")))));
        fields.Add(new BotEmbedField(DiscussionsTexts.BroadcastLabel(language),
            slot is null ? DiscussionsTexts.NoTime(language) : AnnouncedTimeText.When(slot, texts)));
        fields.Add(new BotEmbedField(DiscussionsTexts.SourceLabel(language), Source(document, language)));
        return new BotEmbed(DiscordText.Safe(discussion.Headline), description, fields, Footer: discussion.Id);
    }

    /// <summary>The file name or URL as given, or "pasted text" in the reader's language.</summary>
    public static string Source(GuildDocument document, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Source(document.Origin, document.Source, language);
    }

    public static string Source(DiscussionOrigin origin, string source, BotLanguage language) => origin switch
    {
        DiscussionOrigin.Text => DiscussionsTexts.PastedText(language),
        DiscussionOrigin.Url => DiscordText.Truncate(source, 300),
        DiscussionOrigin.Feed => DiscussionsTexts.FeedItem(language, DiscordText.Truncate(source, 300)),
        _ => DiscordText.Safe(DiscordText.Truncate(source, 200)),
    };

    private static string Person(Expert expert)
    {
        var details = string.Join(", ", new[] { expert.Role, expert.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return DiscordText.Safe(details.Length == 0 ? expert.Name : $"{expert.Name} — {details}");
    }

    private static string Limit(string text) => DiscordText.Truncate(text, FieldLimit);
}
