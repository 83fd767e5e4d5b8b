using NewsBot.Companion;
using NewsBot.Companion.Questions;
using NewsBot.Storage;

namespace NewsBot.Tests.Companion;

/// <summary>What the companion's stores must do on every engine; run against SQLite and PostgreSQL.</summary>
public abstract class CompanionStoreContract
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private const string Stream = "talk@2030-03-04T12:00:00Z";
    private const ulong Guild = 42;

    private protected abstract Task WithDatabaseAsync(Func<SqlDatabase, Task> test);

    private static NewQuestion Question(ulong member, string text, long? similar = null) => new(Stream, Guild, member, text, null, similar);

    protected Task Questions_are_stored_merged_when_repeated_and_refused_within_the_cooldown_body() => WithDatabaseAsync(async database =>
    {
        var store = new SqlQuestionStore(database);
        var cooldown = TimeSpan.FromSeconds(60);

        var first = Assert.IsType<AskOutcome.Added>(await store.AskAsync(Question(1, "Wie geht's weiter?"), Now, cooldown, CancellationToken.None));
        var repeat = await store.AskAsync(Question(1, "  wie GEHT'S weiter  "), Now.AddSeconds(5), cooldown, CancellationToken.None);
        var soon = await store.AskAsync(Question(1, "Und sonst?"), Now.AddSeconds(10), cooldown, CancellationToken.None);
        var later = await store.AskAsync(Question(1, "Und sonst?"), Now.AddSeconds(61), cooldown, CancellationToken.None);
        var other = await store.AskAsync(Question(2, "Wie geht's weiter?", similar: first.Id), Now.AddSeconds(11), cooldown, CancellationToken.None);

        Assert.Equal(first.Id, Assert.IsType<AskOutcome.Merged>(repeat).Id);
        Assert.Equal(Now.AddSeconds(60), Assert.IsType<AskOutcome.TooSoon>(soon).NextAllowedAt);
        Assert.IsType<AskOutcome.Added>(later);
        Assert.IsType<AskOutcome.Added>(other);
        var all = await store.ListAsync(Guild, Stream, CancellationToken.None);
        Assert.Equal(3, all.Count);
        Assert.Equal(1, all[0].Merged);
        Assert.Equal(first.Id, all[2].SimilarTo);
        Assert.All(all, q => Assert.Equal(QuestionState.Pending, q.State));
    });

    protected Task Decisions_move_only_from_the_states_allowed_body() => WithDatabaseAsync(async database =>
    {
        var store = new SqlQuestionStore(database);
        var id = ((AskOutcome.Added)await store.AskAsync(Question(1, "Frage?"), Now, TimeSpan.Zero, CancellationToken.None)).Id;

        Assert.False(await store.DecideAsync(id, [QuestionState.Approved], QuestionState.Answered, 9, Now, CancellationToken.None));
        Assert.True(await store.DecideAsync(id, [QuestionState.Pending], QuestionState.Approved, 9, Now, CancellationToken.None));
        Assert.False(await store.DecideAsync(id, [QuestionState.Pending], QuestionState.Rejected, 9, Now, CancellationToken.None));
        Assert.True(await store.DecideAsync(id, [QuestionState.Approved], QuestionState.Answered, 9, Now, CancellationToken.None));
        Assert.Equal(QuestionState.Answered, (await store.GetAsync(id, CancellationToken.None))!.State);
    });

    protected Task Concurrent_votes_count_exactly_once_per_member_body() => WithDatabaseAsync(async database =>
    {
        var store = new SqlQuestionStore(database);
        var id = ((AskOutcome.Added)await store.AskAsync(Question(1, "Frage?"), Now, TimeSpan.Zero, CancellationToken.None)).Id;
        await store.DecideAsync(id, [QuestionState.Pending], QuestionState.Approved, 9, Now, CancellationToken.None);

        // 100 members, each voting twice, all at once: the store commits them in groups on one connection.
        var votes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => store.VoteAsync(new VoteRequest(id, Guild, 1000 + (ulong)(i % 100), Now), CancellationToken.None))));

        Assert.Equal(100, votes.Count(v => v.Outcome == VoteOutcome.Counted));
        Assert.Equal(100, votes.Count(v => v.Outcome == VoteOutcome.AlreadyVoted));
        Assert.All(votes, v => Assert.Equal(new QuestionRef(id, Stream, Guild, null), v.Question));
        Assert.Equal(100, await store.CountVotesAsync(id, CancellationToken.None));
        Assert.Equal(100, (await store.GetAsync(id, CancellationToken.None))!.Votes);
    });

    protected Task Votes_count_only_on_approved_or_answered_questions_of_the_guild_body() => WithDatabaseAsync(async database =>
    {
        var store = new SqlQuestionStore(database);
        var pending = ((AskOutcome.Added)await store.AskAsync(Question(1, "Offen?"), Now, TimeSpan.Zero, CancellationToken.None)).Id;
        var answered = ((AskOutcome.Added)await store.AskAsync(Question(2, "Beantwortet?"), Now, TimeSpan.Zero, CancellationToken.None)).Id;
        await store.DecideAsync(answered, [QuestionState.Pending], QuestionState.Answered, 9, Now, CancellationToken.None);

        var results = await Task.WhenAll(
            store.VoteAsync(new VoteRequest(pending, Guild, 7, Now), CancellationToken.None),
            store.VoteAsync(new VoteRequest(answered, Guild + 1, 7, Now), CancellationToken.None),
            store.VoteAsync(new VoteRequest(answered + 1000, Guild, 7, Now), CancellationToken.None),
            store.VoteAsync(new VoteRequest(answered, Guild, 7, Now), CancellationToken.None));

        Assert.Equal([VoteOutcome.QuestionGone, VoteOutcome.QuestionGone, VoteOutcome.QuestionGone, VoteOutcome.Counted], results.Select(r => r.Outcome));
        Assert.Equal(0, await store.CountVotesAsync(pending, CancellationToken.None));
        Assert.Equal(1, await store.CountVotesAsync(answered, CancellationToken.None));
    });

    protected Task Unposted_and_stale_questions_are_listed_until_recorded_body() => WithDatabaseAsync(async database =>
    {
        var store = new SqlQuestionStore(database);
        var id = ((AskOutcome.Added)await store.AskAsync(Question(1, "Frage?"), Now, TimeSpan.Zero, CancellationToken.None)).Id;
        Assert.Single(await store.ListUnpostedAsync(CancellationToken.None));

        await store.SetQueueMessageAsync(id, 500, CancellationToken.None);
        Assert.Empty(await store.ListUnpostedAsync(CancellationToken.None));
        await store.DecideAsync(id, [QuestionState.Pending], QuestionState.Approved, 9, Now, CancellationToken.None);
        Assert.Single(await store.ListUnpostedAsync(CancellationToken.None));
        await store.SetThreadMessageAsync(id, 600, CancellationToken.None);
        Assert.Empty(await store.ListUnpostedAsync(CancellationToken.None));

        await store.VoteAsync(new VoteRequest(id, Guild, 7, Now), CancellationToken.None);
        Assert.Single(await store.ListStaleCountsAsync(CancellationToken.None));
        await store.SetShownVotesAsync(id, 1, CancellationToken.None);
        Assert.Empty(await store.ListStaleCountsAsync(CancellationToken.None));
    });

    protected Task A_posted_live_announcement_plans_one_thread_whose_claim_and_steps_are_exclusive_body() => WithDatabaseAsync(async database =>
    {
        var threads = new SqlLiveThreadStore(database);
        var settings = new SqlCompanionSettingsStore(database);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            foreach (var (guild, offset, state) in new[] { (Guild, 0L, "posted"), (Guild, 900L, "posted"), (43UL, 0L, "posted"), (44UL, 0L, "planned") })
            {
                await connection.ExecuteAsync(null,
                    """
                    INSERT INTO announcements (stream_key, guild_id, offset_seconds, discussion_id, starts_at, ends_at, due_at, state, nonce,
                        attempts, next_attempt_at, claimed_at, channel_id, message_id, reason, updated_at)
                    VALUES (@stream, @guild, @offset, 'talk', @start, NULL, @start, @state, 'n', 1, @start, NULL, 10, 20, NULL, @start)
                    """,
                    CancellationToken.None, ("stream", Stream), ("guild", guild.ToDb()), ("offset", offset), ("start", Now.ToDb()), ("state", state));
            }
        }
        await settings.SaveAsync(new CompanionSettings(43, LiveThread: false, null), 1, Now, CancellationToken.None);

        Assert.Equal(1, await threads.PlanFromLiveAnnouncementsAsync(Now, TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(0, await threads.PlanFromLiveAnnouncementsAsync(Now, TimeSpan.FromHours(1), CancellationToken.None));
        var row = Assert.Single(await threads.ListUnfinishedAsync(CancellationToken.None));
        Assert.Equal((Guild, 10UL, 20UL, Now.AddHours(1)), (row.GuildId, row.ChannelId, row.AnnouncementMessageId, row.EndsAt));

        Assert.Equal(1, await threads.TryClaimAsync(Stream, Guild, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Null(await threads.TryClaimAsync(Stream, Guild, Now.AddSeconds(30), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(2, await threads.TryClaimAsync(Stream, Guild, Now.AddSeconds(61), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await threads.MarkOpenAsync(Stream, Guild, 20, "https://example.org/live", Now, CancellationToken.None));
        Assert.False(await threads.MarkOpenAsync(Stream, Guild, 21, null, Now, CancellationToken.None));
        Assert.Equal(20UL, (await threads.OpenThreadAsync(Stream, Guild, CancellationToken.None))!.ThreadId);
        Assert.True(await threads.MarkRecapAsync(Stream, Guild, RecapState.Posted, 30, null, Now, CancellationToken.None));
        Assert.False(await threads.MarkRecapAsync(Stream, Guild, RecapState.Posted, 31, null, Now, CancellationToken.None));
        var posted = Assert.Single(await threads.ListUnfinishedAsync(CancellationToken.None));
        Assert.Equal((RecapState.Posted, (ulong?)30UL), (posted.Recap, posted.RecapMessageId));
        Assert.NotNull(await threads.TryClaimAsync(Stream, Guild, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await threads.MarkRecapAsync(Stream, Guild, RecapState.Final, null, null, Now, CancellationToken.None));
        Assert.Empty(await threads.ListUnfinishedAsync(CancellationToken.None));
        Assert.Equal("https://example.org/live", (await threads.LatestEndedAsync(Guild, Now, Now.AddHours(1), CancellationToken.None))!.Link);
    });

    protected Task Companion_settings_default_to_the_thread_on_and_survive_a_save_body() => WithDatabaseAsync(async database =>
    {
        var store = new SqlCompanionSettingsStore(database);
        Assert.Equal(CompanionSettings.Default(7), await store.GetAsync(7, CancellationToken.None));

        await store.SaveAsync(new CompanionSettings(7, false, ulong.MaxValue - 1), 1, Now, CancellationToken.None);

        Assert.Equal(new CompanionSettings(7, false, ulong.MaxValue - 1), await store.GetAsync(7, CancellationToken.None));
    });
}
