using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Settings;

namespace NewsBot.Companion.Questions;

/// <summary>A stream's recap as it stands now (questions and votes read from the store), in the guild's language.</summary>
internal sealed class RecapRenderer(IQuestionStore store, IGuildSettingsStore guildSettings, IDiscussionCatalog catalog, IStreamSchedule schedule)
{
    public async Task<Recap> RenderAsync(LiveThreadRecord thread, CancellationToken cancellationToken)
    {
        var texts = RecapTexts.For((await guildSettings.GetAsync(thread.GuildId, cancellationToken)).Language);
        var questions = await store.ListAsync(thread.GuildId, thread.StreamKey, cancellationToken);
        var discussion = catalog.Find(thread.DiscussionId, thread.GuildId);
        var stream = schedule.Streams.FirstOrDefault(s => AnnouncementKey.StreamKeyOf(s) == thread.StreamKey) ?? thread.Stream;
        var headline = discussion?.Headline ?? thread.DiscussionId;
        return new Recap(RecapComposer.Recap(discussion, thread.DiscussionId, stream, questions, texts), RecapComposer.Titles(headline), questions, texts, headline);
    }
}

/// <summary>The recap message, the titles it is recognised by (both languages), and what the CSV needs.</summary>
internal sealed record Recap(BotMessage Message, IReadOnlyCollection<string> Titles, IReadOnlyList<AudienceQuestion> Questions, RecapTexts Texts, string Headline);
