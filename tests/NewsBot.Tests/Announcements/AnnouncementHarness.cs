using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.Storage;
using NewsBot.Tests.Settings;
using NewsBot.Texts;

namespace NewsBot.Tests.Announcements;

/// <summary>
/// A processor over a real ledger (a SQLite file in a temp folder, or a fresh PostgreSQL schema), fake clock, schedule,
/// settings and publisher.
/// </summary>
internal sealed class AnnouncementHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 19, 15, 0, TimeSpan.Zero);
    public const ulong GuildA = 1;
    public const ulong GuildB = 2;
    public const ulong ChannelA = 101;
    public const ulong ChannelB = 201;

    private readonly IAsyncDisposable _store;
    private readonly Func<List<SqlDatabase>, SqlAnnouncementLedger> _openLedger;
    private readonly List<SqlDatabase> _databases = [];
    private readonly CancellationTokenSource _stopping = new();

    public AnnouncementHarness(DateTimeOffset? now = null)
        : this(TestDatabases.Sqlite(), now)
    {
    }

    private AnnouncementHarness(TempSqlite sqlite, DateTimeOffset? now)
        : this(sqlite, databases => new SqlAnnouncementLedger(Keep(databases, sqlite.Open())), now)
    {
    }

    private AnnouncementHarness(TempPostgres postgres, DateTimeOffset? now)
        : this(postgres, databases => new SqlAnnouncementLedger(Keep(databases, postgres.Open())), now)
    {
    }

    private AnnouncementHarness(IAsyncDisposable store, Func<List<SqlDatabase>, SqlAnnouncementLedger> openLedger, DateTimeOffset? now)
    {
        _store = store;
        _openLedger = openLedger;
        Time = new FakeTimeProvider(now ?? Start.AddHours(-1));
        Schedule.Set(Stream());
        Ledger = NewLedger();
    }

    /// <summary>The same harness over a fresh PostgreSQL schema (needs <c>NEWSBOT_TEST_POSTGRES</c>).</summary>
    public static async Task<AnnouncementHarness> PostgresAsync(DateTimeOffset? now = null) => new(await TestDatabases.PostgresAsync(), now);

    public FakeTimeProvider Time { get; }

    public FakeStreamSchedule Schedule { get; } = new();

    public FakeDiscussionCatalog Catalog { get; } = new(Discussion());

    public InMemoryGuildSettingsStore Settings { get; } = new();

    public FakePublisher Publisher { get; } = new();

    public IAnnouncementLedger Ledger { get; }

    public AnnouncementOptions Options { get; } = new();

    public static StreamEntry Stream(DateTimeOffset? start = null, string discussion = "d1") =>
        new(discussion, start ?? Start, (start ?? Start).AddMinutes(45), new Uri("https://example.org/live"), "Europe/Berlin");

    public static Discussion Discussion(string id = "d1") => new(
        id, "Wie sicher ist Europa?", "Wie sicher ist Europa? | ZDFheute live", "ZDFheute live", null, DocumentLanguage.German,
        [new Expert("Anna Beispiel", "Politologin", "Universität Kiel")], [], []);

    /// <summary>Schedules <paramref name="count"/> streams of discussions d1, d2, … that all start at <paramref name="start"/>.</summary>
    public IReadOnlyList<StreamEntry> ScheduleSimultaneous(int count, DateTimeOffset start)
    {
        var streams = Enumerable.Range(1, count).Select(i => Stream(start, $"d{i}")).ToArray();
        foreach (var stream in streams.Where(s => Catalog.Find(s.DiscussionId, guildId: null) is null))
            Catalog.Add(Discussion(stream.DiscussionId));
        Schedule.Set(streams);
        return streams;
    }

    public Task ConfigureAsync(ulong guild, ulong channel, params int[] minutes) =>
        Settings.SaveAsync(new GuildSettings(guild, channel, 555, [.. minutes.Select(m => TimeSpan.FromMinutes(m))], BotLanguage.German, false), 9, CancellationToken.None);

    public const string InstanceA = "host-a";
    public const string InstanceB = "host-b";

    /// <summary>
    /// A new ledger and processor over the same database file: with the same <paramref name="instanceId"/> as an earlier
    /// one, as after a restart of that process; with another, as a second process.
    /// </summary>
    public AnnouncementProcessor NewProcessor(string instanceId = InstanceA, ILogger<AnnouncementProcessor>? logger = null)
    {
        // The processor reads its instance id once, when it is made.
        Options.InstanceId = instanceId;
        return new(
            Schedule, Catalog, Settings, NewLedger(), new AnnouncementComposer(), Publisher,
            Microsoft.Extensions.Options.Options.Create(Options), Time, logger ?? NullLogger<AnnouncementProcessor>.Instance);
    }

    public Task<DateTimeOffset?> RunAsync(AnnouncementProcessor processor) => processor.RunOnceAsync(_stopping.Token);

    public void AdvanceTo(DateTimeOffset instant) => Time.Advance(instant - Time.GetUtcNow());

    public Task<AnnouncementRecord?> RowAsync(ulong guild, int minutes, DateTimeOffset? start = null, string discussion = "d1") =>
        Ledger.GetAsync(Key(guild, minutes, start, discussion), CancellationToken.None);

    public static AnnouncementKey Key(ulong guild, int minutes, DateTimeOffset? start = null, string discussion = "d1") =>
        new(AnnouncementKey.StreamKeyOf(Stream(start, discussion)), guild, TimeSpan.FromMinutes(minutes));

    private SqlAnnouncementLedger NewLedger() => _openLedger(_databases);

    private static TDatabase Keep<TDatabase>(List<SqlDatabase> databases, TDatabase database)
        where TDatabase : SqlDatabase
    {
        databases.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
        foreach (var database in _databases)
            await database.DisposeAsync();
        await _store.DisposeAsync();
    }
}
