using System.Globalization;
using NewsBot.Interactions;
using NewsBot.Messages;

namespace NewsBot.Companion.Questions;

/// <summary>
/// A question as moderators see it in the queue (with Approve / Reject / Answered) and as members see it in the live
/// thread (with the vote button and its count). The member's text is shown literally: markdown escaped, mentions defused.
/// </summary>
internal static class QuestionMessages
{
    public const string ModerationPrefix = "aq";
    public const string VotePrefix = "av";

    public static BotMessage Queue(AudienceQuestion question, QuestionTexts texts)
    {
        var fields = new List<BotEmbedField>
        {
            new(texts.AskedBy, $"<@{question.MemberId.ToString(CultureInfo.InvariantCulture)}>", Inline: true),
            new(texts.StateLabel, texts.StateName(question.State), Inline: true),
        };
        if (question.Panelist is { } panelist)
            fields.Add(new(texts.ForPanelist, DiscordText.Safe(panelist), Inline: true));
        if (question.SimilarTo is { } similar)
            fields.Add(new("⚠️", Format(texts.SimilarTo, similar)));
        if (question.Merged > 0)
            fields.Add(new("↺", Format(texts.MergedTimes, question.Merged)));
        var buttons = new List<BotButton>();
        if (question.State == QuestionState.Pending)
        {
            buttons.Add(new BotButton(texts.Approve, Moderation('a', question.Id), BotButtonStyle.Success));
            buttons.Add(new BotButton(texts.Reject, Moderation('r', question.Id), BotButtonStyle.Danger));
        }
        if (question.State == QuestionState.Approved)
            buttons.Add(new BotButton(texts.MarkAnswered, Moderation('d', question.Id), BotButtonStyle.Primary));
        var embed = new BotEmbed(Format(texts.QuestionTitle, question.Id), DiscordText.Safe(question.Text), fields);
        return BotMessage.WithEmbed(embed) with { ButtonRows = buttons.Count == 0 ? [] : [buttons] };
    }

    public static BotMessage InThread(AudienceQuestion question, int votes, QuestionTexts texts)
    {
        var answered = question.State == QuestionState.Answered;
        var title = (answered ? "✅ " : "❓ ") + Format(texts.QuestionTitle, question.Id);
        var fields = new List<BotEmbedField>();
        if (question.Panelist is { } panelist)
            fields.Add(new(texts.ForPanelist, DiscordText.Safe(panelist), Inline: true));
        if (answered)
            fields.Add(new(texts.StateLabel, texts.Answered, Inline: true));
        var embed = new BotEmbed(title, DiscordText.Safe(question.Text), fields, Footer: Format(texts.Votes, votes));
        var vote = new BotButton("👍 " + votes.ToString(CultureInfo.InvariantCulture), CustomId.Compose(VotePrefix, Id(question.Id)), BotButtonStyle.Secondary);
        return BotMessage.WithEmbed(embed) with { ButtonRows = [[vote]] };
    }

    public static string Moderation(char action, long id) => CustomId.Compose(ModerationPrefix, $"{action}:{Id(id)}");

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, object value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
