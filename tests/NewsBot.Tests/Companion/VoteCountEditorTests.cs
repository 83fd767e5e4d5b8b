using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Companion.Questions;
using NewsBot.Messages;
using NewsBot.Storage;
using NewsBot.Tests.Announcements;
using NewsBot.Tests.Settings;

namespace NewsBot.Tests.Companion;

public sealed class VoteCountEditorTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private const string Stream = "talk@2030-03-04T12:00:00Z";
    private const ulong Guild = 42;
    private const ulong Thread = 20;

    /// <summary>Records each edit with the count it showed and the (fake) time it was made.</summary>
    private sealed class RecordingEditor(TimeProvider time) : IMessageEditor
    {
        public ConcurrentQueue<(DateTimeOffset At, ulong MessageId, string Footer)> Edits { get; } = new();

        public Task<PublishResult> EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken)
        {
            Edits.Enqueue((time.GetUtcNow(), messageId, message.Embeds[0].Footer ?? ""));
            return Task.FromResult<PublishResult>(new PublishResult.Posted(messageId));
        }
    }

    private static async Task<(SqlQuestionStore Store, SqlLiveThreadStore Threads, long[] Ids)> ArrangeAsync(SqlDatabase database, int questions)
    {
        var store = new SqlQuestionStore(database);
        var threads = new SqlLiveThreadStore(database);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(null,
                """
                INSERT INTO live_threads (stream_key, guild_id, discussion_id, starts_at, ends_at, channel_id, announcement_message_id, thread_id,
                    link, state, recap_state, attempts, claimed_at, reason, updated_at)
                VALUES (@stream, @guild, 'talk', 0, 1, 10, @thread, @thread, NULL, 'open', 'waiting', 1, NULL, NULL, 0)
                """,
                CancellationToken.None, ("stream", Stream), ("guild", Guild.ToDb()), ("thread", Thread.ToDb()));
        }
        var ids = new long[questions];
        for (var i = 0; i < questions; i++)
        {
            ids[i] = ((AskOutcome.Added)await store.AskAsync(new NewQuestion(Stream, Guild, (ulong)i + 1, $"Frage {i}?", null, null), Now, TimeSpan.Zero, CancellationToken.None)).Id;
            await store.DecideAsync(ids[i], [QuestionState.Pending], QuestionState.Approved, 9, Now, CancellationToken.None);
            await store.SetThreadMessageAsync(ids[i], 1000 + (ulong)i, CancellationToken.None);
        }
        return (store, threads, ids);
    }

    private static VoteCountEditor Editor(SqlQuestionStore store, SqlLiveThreadStore threads, IMessageEditor editor, TimeProvider time) =>
        new(store, threads, new InMemoryGuildSettingsStore(), editor, Options.Create(new CompanionOptions()), time, NullLogger<VoteCountEditor>.Instance);

    /// <summary>Lets the fake clock run, a second at a time, until the editor has nothing left to do.</summary>
    private static async Task DrainAsync(VoteCountEditor editor, FakeTimeProvider time)
    {
        for (var i = 0; i < 120; i++)
        {
            var idle = editor.IdleAsync(CancellationToken.None);
            if (await Task.WhenAny(idle, Task.Delay(50)) == idle && idle.IsCompleted)
                return;
            time.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Fail("the editor did not go idle");
    }

    [Fact]
    public async Task A_burst_of_votes_on_one_question_ends_with_its_exact_count_after_a_few_edits()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var time = new FakeTimeProvider(Now);
        var (store, threads, ids) = await ArrangeAsync(database, 1);
        var recorder = new RecordingEditor(time);
        using var editor = Editor(store, threads, recorder, time);
        var question = (await store.GetAsync(ids[0], CancellationToken.None))!;

        for (var member = 0UL; member < 300; member++)
        {
            await store.VoteAsync(new VoteRequest(ids[0], Guild, 5000 + member, Now), CancellationToken.None);
            await editor.MarkChangedAsync(question, CancellationToken.None);
        }
        await DrainAsync(editor, time);

        Assert.Equal("300 Stimmen", recorder.Edits.Last().Footer);
        Assert.InRange(recorder.Edits.Count, 1, 8);
        Assert.Equal(300, (await store.GetAsync(ids[0], CancellationToken.None))!.ShownVotes);
    }

    [Fact]
    public async Task Edits_in_one_thread_never_exceed_four_in_any_five_seconds_however_many_questions_change()
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        var time = new FakeTimeProvider(Now);
        var (store, threads, ids) = await ArrangeAsync(database, 12);
        var recorder = new RecordingEditor(time);
        using var editor = Editor(store, threads, recorder, time);

        foreach (var id in ids)
        {
            await store.VoteAsync(new VoteRequest(id, Guild, 77, Now), CancellationToken.None);
            await editor.MarkChangedAsync((await store.GetAsync(id, CancellationToken.None))!, CancellationToken.None);
        }
        await DrainAsync(editor, time);

        var edits = recorder.Edits.ToList();
        Assert.Equal(12, edits.Select(e => e.MessageId).Distinct().Count());
        foreach (var (at, _, _) in edits)
            Assert.True(edits.Count(e => e.At >= at && e.At < at + TimeSpan.FromSeconds(5)) <= 4, $"more than 4 edits in the 5 s from {at:O}");
    }
}
