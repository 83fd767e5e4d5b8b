using NewsBot.GuildStreams;

namespace NewsBot.Tests.GuildStreams;

/// <summary>The behaviour every guild stream store must have; run against SQLite, PostgreSQL and the tests' in-memory store.</summary>
public abstract class GuildStreamStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="test"/> against a store on a fresh database; <c>reopen</c> makes a second store on the same database.</summary>
    private protected abstract Task WithStoreAsync(Func<IGuildStreamStore, Func<IGuildStreamStore>, Task> test);

    private static GuildStream Stream(ulong guild, string key, DateTimeOffset start, DateTimeOffset? end = null, string zone = "Europe/Berlin") =>
        new(guild, key, "d-" + key, start, end, new Uri("https://example.org/" + key), zone, 501, Now, 501, Now);

    protected Task Added_streams_keep_every_field_and_survive_a_reopen_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            var full = Stream(ulong.MaxValue - 3, "k1", Now.AddDays(2), Now.AddDays(2).AddHours(1)) with { CreatedBy = ulong.MaxValue - 9 };
            var bare = Stream(7, "k2", Now.AddDays(1)) with { Link = null, TimeZoneId = "America/New_York" };
            await store.AddAsync(full, CancellationToken.None);
            await store.AddAsync(bare, CancellationToken.None);

            var listed = await reopen().ListAsync(Now, CancellationToken.None);

            Assert.Equal([bare, full], listed);
            Assert.Equal(full, await store.FindAsync(full.GuildId, "k1", CancellationToken.None));
            Assert.Null(await store.FindAsync(7, "k1", CancellationToken.None));
        });

    protected Task A_key_is_unique_within_a_guild_only_body() =>
        WithStoreAsync(async (store, _) =>
        {
            await store.AddAsync(Stream(1, "same", Now.AddDays(1)), CancellationToken.None);
            await store.AddAsync(Stream(2, "same", Now.AddDays(1)), CancellationToken.None);

            await Assert.ThrowsAnyAsync<Exception>(() => store.AddAsync(Stream(1, "same", Now.AddDays(3)), CancellationToken.None));
            Assert.Equal(2, (await store.ListAsync(Now, CancellationToken.None)).Count);
        });

    protected Task An_update_moves_the_stream_and_records_who_but_keeps_key_and_creator_body() =>
        WithStoreAsync(async (store, _) =>
        {
            var original = Stream(7, "k1", Now.AddDays(1), Now.AddDays(1).AddHours(1));
            await store.AddAsync(original, CancellationToken.None);
            var moved = original with
            {
                StartsAt = Now.AddDays(2), EndsAt = null, Link = null, TimeZoneId = "Europe/London", UpdatedBy = 777, UpdatedAt = Now.AddMinutes(5),
                CreatedBy = 1, DiscussionId = "ignored",
            };

            Assert.True(await store.UpdateAsync(moved, CancellationToken.None));
            Assert.False(await store.UpdateAsync(moved with { StreamKey = "missing" }, CancellationToken.None));
            Assert.False(await store.UpdateAsync(moved with { GuildId = 8 }, CancellationToken.None));

            var stored = await store.FindAsync(7, "k1", CancellationToken.None);
            Assert.Equal(original with
            {
                StartsAt = Now.AddDays(2), EndsAt = null, Link = null, TimeZoneId = "Europe/London", UpdatedBy = 777, UpdatedAt = Now.AddMinutes(5),
            }, stored);
        });

    protected Task Removing_deletes_only_that_guilds_stream_body() =>
        WithStoreAsync(async (store, _) =>
        {
            await store.AddAsync(Stream(1, "k", Now.AddDays(1)), CancellationToken.None);
            await store.AddAsync(Stream(2, "k", Now.AddDays(1)), CancellationToken.None);

            Assert.True(await store.RemoveAsync(1, "k", CancellationToken.None));
            Assert.False(await store.RemoveAsync(1, "k", CancellationToken.None));

            Assert.Equal(2UL, Assert.Single(await store.ListAsync(Now, CancellationToken.None)).GuildId);
        });

    protected Task The_list_leaves_out_streams_over_before_the_cutoff_body() =>
        WithStoreAsync(async (store, _) =>
        {
            await store.AddAsync(Stream(1, "over", Now.AddHours(-3), Now.AddHours(-2)), CancellationToken.None);
            await store.AddAsync(Stream(1, "running", Now.AddHours(-1), Now.AddHours(1)), CancellationToken.None);
            await store.AddAsync(Stream(1, "started-no-end", Now.AddMinutes(-10)), CancellationToken.None);
            await store.AddAsync(Stream(1, "later", Now.AddHours(5)), CancellationToken.None);

            var listed = await store.ListAsync(Now, CancellationToken.None);

            Assert.Equal(["running", "later"], listed.Select(s => s.StreamKey));
        });

    protected Task Counting_takes_the_guilds_streams_that_are_not_over_body() =>
        WithStoreAsync(async (store, _) =>
        {
            await store.AddAsync(Stream(1, "over", Now.AddHours(-3), Now.AddHours(-2)), CancellationToken.None);
            await store.AddAsync(Stream(1, "no-end-still-running", Now.AddMinutes(-30)), CancellationToken.None);
            await store.AddAsync(Stream(1, "no-end-over", Now.AddMinutes(-90)), CancellationToken.None);
            await store.AddAsync(Stream(1, "later", Now.AddDays(1)), CancellationToken.None);
            await store.AddAsync(Stream(2, "other-guild", Now.AddDays(1)), CancellationToken.None);

            Assert.Equal(2, await store.CountNotOverAsync(1, Now, TimeSpan.FromHours(1), CancellationToken.None));
            Assert.Equal(0, await store.CountNotOverAsync(3, Now, TimeSpan.FromHours(1), CancellationToken.None));
        });

    protected Task Adds_at_the_same_time_never_pass_the_limit_body() =>
        WithStoreAsync(async (store, reopen) =>
        {
            const int Limit = 5;
            var other = reopen();
            await store.AddAsync(Stream(1, "over", Now.AddHours(-3)), CancellationToken.None);
            var added = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
                (i % 2 == 0 ? store : other).AddWithinLimitAsync(Stream(1, $"k{i}", Now.AddDays(1)), Limit, Now, TimeSpan.FromHours(1), CancellationToken.None))));

            Assert.Equal(Limit, added.Count(a => a));
            Assert.Equal(Limit, await store.CountNotOverAsync(1, Now, TimeSpan.FromHours(1), CancellationToken.None));
            Assert.True(await store.AddWithinLimitAsync(Stream(2, "k0", Now.AddDays(1)), Limit, Now, TimeSpan.FromHours(1), CancellationToken.None));
        });
}
