using NewsBot.GuildDiscussions;

namespace NewsBot.Tests.GuildDiscussions;

/// <summary>The behaviour every store of servers' own discussions must have; run against SQLite and PostgreSQL.</summary>
public abstract class GuildDiscussionStoreContract
{
    protected const ulong GuildA = 1_234_567_890_123_456_789;
    protected const ulong GuildB = ulong.MaxValue - 3;
    protected const ulong Moderator = 42;
    protected static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Runs <paramref name="test"/> against a store on a fresh database; <c>reopen</c> makes a second store on the same database.</summary>
    private protected abstract Task WithStoreAsync(Func<SqlGuildDiscussionStore, Func<SqlGuildDiscussionStore>, Task> test);

    private static GuildDocument Preview(ulong guild, string id = "sendung", string content = "Überschrift\nText") =>
        new(guild, id, DocumentFormat.Text, DiscussionOrigin.File, id + ".txt", content, Moderator, Now);

    protected Task A_preview_is_found_by_its_server_until_it_expires_and_never_by_another_body() =>
        WithStoreAsync(async (store, _) =>
        {
            var key = await store.HoldPreviewAsync(Preview(GuildA), Now.AddHours(1), None);

            Assert.Matches("^[a-z0-9]{12}$", key);
            Assert.Equal(Preview(GuildA), await store.FindPreviewAsync(GuildA, key, Now.AddMinutes(59), None));
            Assert.Null(await store.FindPreviewAsync(GuildB, key, Now, None));
            Assert.Null(await store.FindPreviewAsync(GuildA, key, Now.AddHours(1), None));
            Assert.Null(await store.FindPreviewAsync(GuildA, "unknown", Now, None));
        });

    protected Task Saving_moves_the_preview_into_the_servers_discussions_with_who_and_when_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            var key = await store.HoldPreviewAsync(Preview(GuildA, content: "Ä\u00DFerst lange Zeile"), Now.AddHours(1), None);

            var outcome = await store.SavePreviewAsync(GuildA, key, "sendung-2", 7, Now.AddMinutes(5), limit: 10, None);

            var saved = Assert.IsType<SaveOutcome.Saved>(outcome).Document;
            Assert.Equal(Preview(GuildA, "sendung-2", "Ä\u00DFerst lange Zeile") with { Source = "sendung.txt", AddedBy = 7, AddedAt = Now.AddMinutes(5) }, saved);
            var again = reopen();
            Assert.Equal(saved, await again.FindAsync(GuildA, "sendung-2", None));
            Assert.Null(await again.FindPreviewAsync(GuildA, key, Now, None));
            var listed = Assert.Single(await again.ListAsync(GuildA, None));
            Assert.Equal(new StoredDiscussionInfo(GuildA, "sendung-2", DiscussionOrigin.File, "sendung.txt", 7, Now.AddMinutes(5)), listed);
            Assert.IsType<SaveOutcome.PreviewGone>(await again.SavePreviewAsync(GuildA, key, "sendung-3", 7, Now, 10, None));
        });

    protected Task Saving_at_the_limit_changes_nothing_and_keeps_the_preview_body() =>
        WithStoreAsync(async (store, _) =>
        {
            for (var i = 0; i < 2; i++)
            {
                var key = await store.HoldPreviewAsync(Preview(GuildA), Now.AddHours(1), None);
                Assert.IsType<SaveOutcome.Saved>(await store.SavePreviewAsync(GuildA, key, $"d{i}", Moderator, Now, limit: 2, None));
            }
            var third = await store.HoldPreviewAsync(Preview(GuildA), Now.AddHours(1), None);
            var elsewhere = await store.HoldPreviewAsync(Preview(GuildB), Now.AddHours(1), None);

            Assert.Equal(new SaveOutcome.LimitReached(2), await store.SavePreviewAsync(GuildA, third, "d2", Moderator, Now, limit: 2, None));

            Assert.Equal(2, (await store.ListAsync(GuildA, None)).Count);
            Assert.NotNull(await store.FindPreviewAsync(GuildA, third, Now, None));
            Assert.IsType<SaveOutcome.Saved>(await store.SavePreviewAsync(GuildB, elsewhere, "d0", Moderator, Now, limit: 2, None));
            Assert.True(await store.RemoveAsync(GuildA, "d0", None));
            Assert.IsType<SaveOutcome.Saved>(await store.SavePreviewAsync(GuildA, third, "d2", Moderator, Now, limit: 2, None));
        });

    protected Task An_id_the_server_already_has_is_refused_but_another_server_may_use_it_body() =>
        WithStoreAsync(async (store, _) =>
        {
            var first = await store.HoldPreviewAsync(Preview(GuildA, content: "first"), Now.AddHours(1), None);
            var second = await store.HoldPreviewAsync(Preview(GuildA, content: "second"), Now.AddHours(1), None);
            var other = await store.HoldPreviewAsync(Preview(GuildB, content: "other"), Now.AddHours(1), None);
            await store.SavePreviewAsync(GuildA, first, "sendung", Moderator, Now, 10, None);

            Assert.Equal(new SaveOutcome.IdTaken("sendung"), await store.SavePreviewAsync(GuildA, second, "sendung", Moderator, Now, 10, None));
            Assert.IsType<SaveOutcome.Saved>(await store.SavePreviewAsync(GuildB, other, "sendung", Moderator, Now, 10, None));

            Assert.Equal("first", (await store.FindAsync(GuildA, "sendung", None))!.Content);
            Assert.Equal("other", (await store.FindAsync(GuildB, "sendung", None))!.Content);
            Assert.NotNull(await store.FindPreviewAsync(GuildA, second, Now, None));
            Assert.Equal([GuildA, GuildB], (await store.ListAllAsync(None)).Select(d => d.GuildId).Order());
        });

    protected Task Removing_and_cancelling_touch_only_that_server_body() =>
        WithStoreAsync(async (store, _) =>
        {
            foreach (var guild in new[] { GuildA, GuildB })
                await store.SavePreviewAsync(guild, await store.HoldPreviewAsync(Preview(guild), Now.AddHours(1), None), "sendung", Moderator, Now, 10, None);
            var pending = await store.HoldPreviewAsync(Preview(GuildA), Now.AddHours(1), None);

            Assert.False(await store.DropPreviewAsync(GuildB, pending, None));
            Assert.True(await store.DropPreviewAsync(GuildA, pending, None));
            Assert.IsType<SaveOutcome.PreviewGone>(await store.SavePreviewAsync(GuildA, pending, "x", Moderator, Now, 10, None));
            Assert.True(await store.RemoveAsync(GuildB, "sendung", None));
            Assert.False(await store.RemoveAsync(GuildB, "sendung", None));

            Assert.NotNull(await store.FindAsync(GuildA, "sendung", None));
            Assert.Null(await store.FindAsync(GuildB, "sendung", None));
        });

    protected Task Holding_a_preview_drops_the_expired_ones_body() =>
        WithStoreAsync(async (store, _) =>
        {
            var old = await store.HoldPreviewAsync(Preview(GuildA), Now.AddMinutes(10), None);

            await store.HoldPreviewAsync(Preview(GuildA) with { AddedAt = Now.AddMinutes(11) }, Now.AddHours(2), None);

            // Even a clock turned back does not bring it back: it is gone, not just hidden.
            Assert.Null(await store.FindPreviewAsync(GuildA, old, Now, None));
        });

    protected Task Saves_at_the_same_time_never_pass_the_limit_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            const int Limit = 5;
            var other = reopen();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
                (i % 2 == 0 ? store : other).SaveAsync(Preview(GuildA, $"sendung-{i}"), Limit, None))));

            Assert.Equal(Limit, outcomes.Count(o => o is SaveOutcome.Saved));
            Assert.All(outcomes.Where(o => o is not SaveOutcome.Saved), o => Assert.Equal(new SaveOutcome.LimitReached(Limit), o));
            Assert.Equal(Limit, (await store.ListAsync(GuildA, None)).Count);
        });
}
