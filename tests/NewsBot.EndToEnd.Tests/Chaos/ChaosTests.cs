using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Announcements;
using NewsBot.Sandbox;
using Npgsql;
using Xunit.Abstractions;

namespace NewsBot.EndToEnd.Tests.Chaos;

/// <summary>
/// Three bot processes on one PostgreSQL database and one sandbox of 50 servers over 2 shards (process A runs shard 0,
/// B shard 1, C both), 5 streams of two steps each, on the real clock. Throughout the schedule one process at a time is
/// killed with SIGKILL at a random moment and started again a moment later. Every step must reach every server exactly
/// once: the announcement ledger's claims, a restarted instance taking over its own claims, and the message nonce
/// carry it. Set <c>NEWSBOT_CHAOS_SEED</c> to replay a run's kill pattern.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    private const string Token = "chaos-token";
    private const int Servers = 50;
    private const int Streams = 5;
    private static readonly TimeSpan Reminder = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstStart = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan BetweenStarts = TimeSpan.FromSeconds(10);
    private const long DiscordEpochMs = 1420070400000;

    [PostgresFact]
    public async Task Three_processes_killed_at_random_post_every_step_exactly_once_in_every_server()
    {
        var seed = Environment.GetEnvironmentVariable("NEWSBOT_CHAOS_SEED") is { } fixedSeed
            ? int.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        var random = new Random(seed);
        // A small pool per process, as docs/operations.md advises for many processes: three of Npgsql's default 100 would
        // crowd out the other test projects running beside this one.
        await using var schema = await TestPostgresSchema.CreateAsync("chaos", maxPoolSize: 10);
        var database = schema.ConnectionString;

        // Processes restart every few seconds here; the identify pacing itself is proven in NewsBot.Discord.Tests.
        await using var sandbox = new SandboxServer(new SandboxOptions { ExpectedToken = Token, RecommendedShards = 2, IdentifyInterval = TimeSpan.Zero });
        AddServersOverBothShards(sandbox);
        await sandbox.StartAsync();

        var folder = Path.Combine(Path.GetTempPath(), "newsbot-chaos-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        foreach (var file in Directory.GetFiles(Path.Combine(BotHarness.RepositoryRoot(), "config", "documents"), "*.txt"))
            File.Copy(file, Path.Combine(folder, "documents", Path.GetFileName(file)));
        var streamsFile = Path.Combine(folder, "streams.json");
        await File.WriteAllTextAsync(streamsFile, """{"streams":[]}""");

        using var a = Bot("A", folder, sandbox, database, streamsFile, 0);
        using var b = Bot("B", folder, sandbox, database, streamsFile, 1);
        using var c = Bot("C", folder, sandbox, database, streamsFile, 0, 1);
        BotProcess[] bots = [a, b, c];
        try
        {
            a.Start();
            // A runs shard 0 only: wait for a guild of that shard ((id >> 22) % shard count, as Discord assigns them).
            var onShardZero = sandbox.Control.World.Guilds.First(g => (g.Id >> 22) % 2 == 0).Id;
            Assert.True(await sandbox.Control.WaitForBotAsync(TimeSpan.FromMinutes(3), onShardZero), "process A did not connect:\n" + a.Tail());
            await ConfigureServersAsync(database, sandbox);
            b.Start();
            c.Start();

            // The schedule starts once everything is set up, so a slow start-up of the processes never counts as chaos.
            var now = TimeProvider.System.GetUtcNow();
            var origin = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerSecond));
            var starts = Enumerable.Range(0, Streams).Select(i => origin + FirstStart + BetweenStarts * i).ToList();
            await File.WriteAllTextAsync(streamsFile, StreamsJson(starts));
            var chaosEnds = starts[^1] + TimeSpan.FromSeconds(5);

            while (TimeProvider.System.GetUtcNow() < chaosEnds)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(3_000, 9_000)));
                var victim = bots[random.Next(bots.Length)];
                await victim.KillAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(500, 4_000)));
                victim.Start();
            }

            var expected = ExpectedNonces(sandbox, starts);
            var counts = await WaitForAllAsync(sandbox, expected, TimeSpan.FromSeconds(90));
            var kills = string.Join(", ", bots.Select(p => $"{p.Name} {p.Kills}"));
            var summary = $"{Servers} servers × {Streams} streams × 2 steps = {counts.Expected} steps: posted {counts.Posted}, " +
                          $"missed {counts.Missed}, doubled {counts.Doubled}, unexpected {counts.Unexpected}; SIGKILLs {bots.Sum(p => p.Kills)} ({kills}); seed {seed}";
            output.WriteLine(summary);
            Console.WriteLine("chaos: " + summary);
            Assert.True(counts is { Missed: 0, Doubled: 0, Unexpected: 0 },
                summary + "\n" + string.Join("\n", bots.Select(p => p.Tail())));
            Assert.True(bots.Sum(p => p.Kills) >= 5, $"too few kills to mean anything: {kills}");
        }
        finally
        {
            foreach (var bot in bots)
                bot.Dispose();
            TryDelete(folder);
        }
    }

    /// <summary>
    /// Discord puts a guild on shard (id >> 22) % shards, and those bits of an id are its creation millisecond: the
    /// servers are created on alternating milliseconds, so each of the 2 shards gets half of them (made in one
    /// millisecond, all would land on one shard); a server whose id came a millisecond late is made again.
    /// </summary>
    private static void AddServersOverBothShards(SandboxServer sandbox)
    {
        var world = sandbox.Control.World;
        var first = (long)(world.DefaultGuild.Id >> 22) % 2;
        while (world.Guilds.Count < Servers)
        {
            var parity = (first + world.Guilds.Count) % 2;
            while ((TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs) % 2 != parity)
                Thread.SpinWait(64);
            var guild = world.AddGuild($"Server {world.Guilds.Count + 1}");
            // The millisecond can turn between the look at the clock and the id: such a server is made again (the
            // sandbox has not started, nobody has seen it).
            if ((long)(guild.Id >> 22) % 2 != parity)
                world.Guilds.Remove(guild);
        }
        Assert.Equal(Servers / 2, world.Guilds.Count(g => (g.Id >> 22) % 2 == 0));
    }

    private static BotProcess Bot(string name, string folder, SandboxServer sandbox, string database, string streamsFile, params int[] shards)
    {
        var settings = new Dictionary<string, string>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = new Uri(sandbox.BaseUri, "api").ToString(),
            ["Discord:ShardCount"] = "2",
            ["Documents:Folder"] = Path.Combine(folder, "documents"),
            ["Schedule:File"] = streamsFile,
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = database,
            ["Announcements:InstanceId"] = "chaos-" + name,
            ["Announcements:ReplanInterval"] = "00:00:02",
            // A process that is killed for good would hold its claims this long; the restarted one takes them at once.
            ["Announcements:ClaimLease"] = "00:00:15",
            ["Announcements:PublishTimeout"] = "00:00:05",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < shards.Length; i++)
            settings[$"Discord:ShardIds:{i}"] = shards[i].ToString(CultureInfo.InvariantCulture);
        return new BotProcess(name, folder, settings);
    }

    /// <summary>Every server announces in #announcements, 30 s before the start and at the start (stored as a moderator would).</summary>
    private static async Task ConfigureServersAsync(string database, SandboxServer sandbox)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        // Process A created the schema on start-up; it may still be migrating when its gateway is up.
        for (var attempt = 0; !await TableExistsAsync(connection, "guild_settings"); attempt++)
        {
            Assert.True(attempt < 300, "the schema was not created");
            await Task.Delay(100);
        }
        foreach (var guild in sandbox.Control.World.Guilds)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO guild_settings (guild_id, announcement_channel_id, ping_role_id, reminder_offsets, language, mirror_events, updated_at, updated_by)
                VALUES (@guild, @channel, NULL, @offsets, 'English', 0, 0, 1)
                """, connection);
            insert.Parameters.AddWithValue("guild", (long)guild.Id);
            insert.Parameters.AddWithValue("channel", (long)guild.Channel("announcements").Id);
            insert.Parameters.AddWithValue("offsets", $"{(long)Reminder.TotalSeconds},0");
            await insert.ExecuteNonQueryAsync();
        }
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table)
    {
        await using var query = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        query.Parameters.AddWithValue("table", table);
        return (bool)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>The nonce each step must carry, per announcement channel (the bot derives it from the step's identity).</summary>
    private static Dictionary<ulong, HashSet<string>> ExpectedNonces(SandboxServer sandbox, List<DateTimeOffset> starts) =>
        sandbox.Control.World.Guilds.ToDictionary(
            g => g.Channel("announcements").Id,
            g => starts.SelectMany(start => new[] { Reminder, TimeSpan.Zero }.Select(offset => AnnouncementNonce.For(
                new AnnouncementKey(BotHarness.DiscussionId + "@" + start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    g.Id, offset)))).ToHashSet(StringComparer.Ordinal));

    private sealed record Counts(int Expected, int Posted, int Missed, int Doubled, int Unexpected);

    /// <summary>Waits until every expected step is in its channel (or patience runs out), then a moment more so a late double shows.</summary>
    private static async Task<Counts> WaitForAllAsync(SandboxServer sandbox, Dictionary<ulong, HashSet<string>> expected, TimeSpan patience)
    {
        var deadline = TimeProvider.System.GetUtcNow() + patience;
        while (Count(sandbox, expected).Missed > 0 && TimeProvider.System.GetUtcNow() < deadline)
            await Task.Delay(500);
        await Task.Delay(TimeSpan.FromSeconds(3));
        return Count(sandbox, expected);
    }

    private static Counts Count(SandboxServer sandbox, Dictionary<ulong, HashSet<string>> expected)
    {
        int posted = 0, missed = 0, doubled = 0, unexpected = 0, total = 0;
        foreach (var (channel, nonces) in expected)
        {
            total += nonces.Count;
            var seen = sandbox.Control.Messages(channel).Select(m => m["nonce"]?.GetValue<string>() ?? "").ToList();
            var present = seen.Where(nonces.Contains).ToHashSet(StringComparer.Ordinal);
            posted += present.Count;
            missed += nonces.Count - present.Count;
            doubled += seen.Count(nonces.Contains) - present.Count;
            unexpected += seen.Count(n => !nonces.Contains(n));
        }
        return new Counts(total, posted, missed, doubled, unexpected);
    }

    private static string StreamsJson(List<DateTimeOffset> starts) => new JsonObject
    {
        ["streams"] = new JsonArray([.. starts.Select(start => (JsonNode)new JsonObject
        {
            ["discussion"] = BotHarness.DiscussionId,
            ["start"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["end"] = start.AddMinutes(30).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["link"] = "https://example.org/live",
        })]),
    }.ToJsonString();

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
