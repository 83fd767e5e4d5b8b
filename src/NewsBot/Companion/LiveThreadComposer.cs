using System.Globalization;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Companion;

/// <summary>The live thread's name (the stream title within Discord's 100 characters) and its intro: the panel and the guiding questions.</summary>
internal static class LiveThreadComposer
{
    public const int MaxThreadName = 100;

    /// <summary>The stream title, whitespace collapsed, cut at a word with an ellipsis when longer than 100 characters.</summary>
    public static string ThreadName(Discussion discussion)
    {
        var title = string.Join(' ', discussion.StreamTitle.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title.Length == 0)
            title = discussion.Id;
        return DiscordText.Truncate(title, MaxThreadName);
    }

    /// <summary>The intro's title in every language: what the bot recognises its own intro by.</summary>
    public static IReadOnlyCollection<string> IntroTitles(Discussion discussion) =>
    [
        string.Format(CultureInfo.InvariantCulture, CompanionTexts.German.IntroTitle, DiscordText.Safe(discussion.Headline)),
        string.Format(CultureInfo.InvariantCulture, CompanionTexts.English.IntroTitle, DiscordText.Safe(discussion.Headline)),
    ];

    public static BotMessage Intro(Discussion discussion, StreamEntry? stream, BotLanguage language)
    {
        var texts = CompanionTexts.For(language);
        var fields = new List<BotEmbedField>
        {
            new(texts.PanelField, discussion.Panel.Count == 0 ? texts.NoPanel : string.Join("\n", discussion.Panel.Select(PanelLine))),
        };
        if (discussion.Questions.Count > 0)
            fields.Add(new(texts.QuestionsField, string.Join("\n", discussion.Questions.Select((q, i) => $"{i + 1}. {DiscordText.Safe(q)}"))));
        if (stream?.Link is { } link)
            fields.Add(new(texts.WatchField, link.AbsoluteUri));
        var embed = new BotEmbed(
            string.Format(CultureInfo.InvariantCulture, texts.IntroTitle, DiscordText.Safe(discussion.Headline)),
            texts.IntroDescription,
            fields,
            Url: stream?.Link?.AbsoluteUri,
            Footer: discussion.Show is { } show ? DiscordText.NeutralizeMentions(show) : null);
        return BotMessage.WithEmbed(embed);
    }

    private static string PanelLine(Expert expert)
    {
        var details = string.Join(", ", new[] { expert.Role, expert.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => DiscordText.Safe(s!)));
        var name = DiscordText.Safe(expert.Name);
        return details.Length == 0 ? $"**{name}**" : $"**{name}** – {details}";
    }
}
