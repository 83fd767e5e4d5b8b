using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.GuildFeeds;
using NewsBot.Settings;
using NewsBot.Storage;
using NewsBot.Texts;
using Npgsql;

namespace NewsBot.Tests.Settings;

/// <summary>
/// A database at schema version 7 (before servers had time zones and feed items had attempts), seeded with plain SQL, then
/// opened — and so migrated to 8 — by the stores: what was there stays, and the new columns and table work.
/// </summary>
public abstract class SchemaVersion8Contract
{
    private const ulong Guild = 1_234_567_890_123_456_789;
    private const string Feed = "https://example.org/feed.xml";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Creates a version-7 schema on <c>seed</c>'s connection, runs <c>seed</c>, then hands the (unmigrated) database to <c>test</c>.</summary>
    private protected abstract Task WithVersion7DatabaseAsync(Func<DbConnection, Task> seed, Func<SqlDatabase, Task> test);

    private protected static async Task CreateVersion7SchemaAsync(SqlDatabase database, DbConnection connection)
    {
        await connection.ExecuteAsync(null, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", None);
        foreach (var (version, statements) in SchemaMigrations.All(database).Where(m => m.Version <= 7))
        {
            foreach (var statement in statements)
                await connection.ExecuteAsync(null, statement, None);
            await connection.ExecuteAsync(null, "INSERT INTO schema_migrations (version, applied_at) VALUES (@v, 0)", None, ("v", version));
        }
    }

    protected Task Settings_and_seen_items_survive_the_migration_and_a_time_zone_can_be_set_body() =>
        WithVersion7DatabaseAsync(
            async connection =>
            {
                await connection.ExecuteAsync(null,
                    "INSERT INTO guild_settings (guild_id, announcement_channel_id, ping_role_id, reminder_offsets, language, mirror_events, updated_at, updated_by) " +
                    "VALUES (@guild, 55, NULL, '900,0', 'English', 1, 0, 42)", None, ("guild", Guild.ToDb()));
                await connection.ExecuteAsync(null,
                    "INSERT INTO guild_feeds (guild_id, url, added_by, added_at, next_poll_at, failures) VALUES (@guild, @url, 42, 0, 0, 0)",
                    None, ("guild", Guild.ToDb()), ("url", Feed));
                await connection.ExecuteAsync(null,
                    "INSERT INTO guild_feed_items (guild_id, url, item_key, seen_at) VALUES (@guild, @url, 'id:old', @at)",
                    None, ("guild", Guild.ToDb()), ("url", Feed), ("at", Now.ToDb()));
            },
            async database =>
            {
                var settings = new SqlGuildSettingsStore(database, new FakeTimeProvider(Now), NullLogger<SqlGuildSettingsStore>.Instance);
                var before = await settings.FindAsync(Guild, None);
                Assert.Equal((55ul, false, true, (string?)null), (before!.AnnouncementChannelId!.Value, before.PingRoleId.HasValue, before.MirrorEvents, before.TimeZone));
                Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.Zero], before.ReminderOffsets);

                await settings.SaveAsync(before with { TimeZone = "America/New_York" }, 42, None);
                var after = await settings.FindAsync(Guild, None);
                Assert.Equal((55ul, BotLanguage.English, "America/New_York"), (after!.AnnouncementChannelId!.Value, after.Language, after.TimeZone));
                Assert.Contains("time zone: default → America/New_York", (await settings.RecentChangesAsync(Guild, 1, None))[0].Change, StringComparison.Ordinal);

                var feeds = new SqlGuildFeedStore(database, NullLogger<SqlGuildFeedStore>.Instance);
                Assert.Equal(["id:old"], await feeds.SeenAsync(Guild, Feed, ["id:old"], None));
                Assert.Equal(1, await feeds.CountItemFailureAsync(Guild, Feed, "id:new", "https://example.org/new: 503", Now, None));
                Assert.Equal(1, await feeds.PruneAsync(Guild, Feed, Now.AddMilliseconds(1), None));
            });
}

public sealed class SqliteSchemaVersion8Tests : SchemaVersion8Contract
{
    private protected override async Task WithVersion7DatabaseAsync(Func<DbConnection, Task> seed, Func<SqlDatabase, Task> test)
    {
        await using var temp = TestDatabases.Sqlite();
        await using var database = temp.Open();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.Path)!);
        await using (var connection = new SqliteConnection($"Data Source={temp.Path}"))
        {
            await connection.OpenAsync();
            await CreateVersion7SchemaAsync(database, connection);
            await seed(connection);
        }

        await test(database);
    }

    [Fact] public Task Settings_and_seen_items_survive_the_migration_and_a_time_zone_can_be_set() => Settings_and_seen_items_survive_the_migration_and_a_time_zone_can_be_set_body();
}

public sealed class PostgresSchemaVersion8Tests : SchemaVersion8Contract
{
    private protected override async Task WithVersion7DatabaseAsync(Func<DbConnection, Task> seed, Func<SqlDatabase, Task> test)
    {
        await using var temp = await TestDatabases.PostgresAsync();
        await using var database = temp.Open();
        await using (var connection = new NpgsqlConnection(temp.ConnectionString))
        {
            await connection.OpenAsync();
            await CreateVersion7SchemaAsync(database, connection);
            await seed(connection);
        }

        await test(database);
    }

    [PostgresFact] public Task Settings_and_seen_items_survive_the_migration_and_a_time_zone_can_be_set() => Settings_and_seen_items_survive_the_migration_and_a_time_zone_can_be_set_body();
}
