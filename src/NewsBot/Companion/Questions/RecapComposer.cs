using System.Globalization;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;

namespace NewsBot.Companion.Questions;

/// <summary>The recap in the live thread and the parts /catchup shares with it: panel lines and the top questions by votes.</summary>
internal static class RecapComposer
{
    public const int TopCount = 5;

    public static BotMessage Recap(Discussion? discussion, string fallbackTitle, StreamEntry? stream, IReadOnlyList<AudienceQuestion> questions, RecapTexts texts)
    {
        var approved = questions.Count(q => q.State is QuestionState.Approved or QuestionState.Answered);
        var answered = questions.Count(q => q.State == QuestionState.Answered);
        var fields = new List<BotEmbedField>();
        if (discussion is { Panel.Count: > 0 })
            fields.Add(new(texts.Panel, PanelLines(discussion)));
        fields.Add(new(texts.TopQuestions, TopLines(questions) ?? texts.NoTopQuestions));
        if (stream?.Link is { } link)
            fields.Add(new(texts.Watch, link.AbsoluteUri));
        var title = Format(texts.RecapTitle, DiscordText.Safe(discussion?.Headline ?? fallbackTitle));
        return BotMessage.WithEmbed(new BotEmbed(title, Format(texts.Counts, questions.Count, approved, answered), fields, Url: stream?.Link?.AbsoluteUri));
    }

    /// <summary>The recap's title in every language: what the bot recognises its own recap by.</summary>
    public static IReadOnlyCollection<string> Titles(string headline) =>
        [Format(RecapTexts.German.RecapTitle, DiscordText.Safe(headline)), Format(RecapTexts.English.RecapTitle, DiscordText.Safe(headline))];

    public static string PanelLines(Discussion discussion) => string.Join("\n", discussion.Panel.Select(e =>
    {
        var details = string.Join(", ", new[] { e.Role, e.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => DiscordText.Safe(s!)));
        return details.Length == 0 ? $"**{DiscordText.Safe(e.Name)}**" : $"**{DiscordText.Safe(e.Name)}** – {details}";
    }));

    /// <summary>The five approved or answered questions with most votes (earlier first on a tie), one line each; null when none.</summary>
    public static string? TopLines(IReadOnlyList<AudienceQuestion> questions)
    {
        var top = questions.Where(q => q.State is QuestionState.Approved or QuestionState.Answered)
            .OrderByDescending(q => q.Votes).ThenBy(q => q.Id).Take(TopCount).ToList();
        return top.Count == 0
            ? null
            : string.Join("\n", top.Select((q, i) => string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. 👍 {q.Votes}{(q.State == QuestionState.Answered ? " ✅" : "")} – {DiscordText.Truncate(DiscordText.Safe(q.Text), 180)}")));
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
