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

/// <summary>A processor over a real SQLite ledger in a temp folder, fake clock, schedule, settings and publisher.</summary>
internal sealed class AnnouncementHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 19, 15, 0, TimeSpan.Zero);
    public const ulong GuildA = 1;
    public const ulong GuildB = 2;
    public const ulong ChannelA = 101;
    public const ulong ChannelB = 201;

    private readonly TempSqlite _temp = TestDatabases.Sqlite();
    private readonly List<SqliteDatabase> _databases = [];
    private readonly CancellationTokenSource _stopping = new();

    public AnnouncementHarness(DateTimeOffset? now = null)
    {
        Time = new FakeTimeProvider(now ?? Start.AddHours(-1));
        Schedule.Set(Stream());
        Ledger = NewLedger();
    }

    public FakeTimeProvider Time { get; }

    public FakeStreamSchedule Schedule { get; } = new();

    public FakeDiscussionCatalog Catalog { get; } = new(Discussion());

    public InMemoryGuildSettingsStore Settings { get; } = new();

    public FakePublisher Publisher { get; } = new();

    public IAnnouncementLedger Ledger { get; }

    public AnnouncementOptions Options { get; } = new();

    public static StreamEntry Stream(DateTimeOffset? start = null) =>
        new("d1", start ?? Start, (start ?? Start).AddMinutes(45), new Uri("https://example.org/live"), "Europe/Berlin");

    public static Discussion Discussion() => new(
        "d1", "Wie sicher ist Europa?", "Wie sicher ist Europa? | ZDFheute live", "ZDFheute live", null, DocumentLanguage.German,
        [new Expert("Anna Beispiel", "Politologin", "Universität Kiel")], [], []);

    public Task ConfigureAsync(ulong guild, ulong channel, params int[] minutes) =>
        Settings.SaveAsync(new GuildSettings(guild, channel, 555, [.. minutes.Select(m => TimeSpan.FromMinutes(m))], BotLanguage.German, false), 9, CancellationToken.None);

    /// <summary>A new ledger and processor over the same database file, as after a restart.</summary>
    public AnnouncementProcessor NewProcessor() => new(
        Schedule, Catalog, Settings, NewLedger(), new AnnouncementComposer(), Publisher,
        Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<AnnouncementProcessor>.Instance);

    public Task<DateTimeOffset?> RunAsync(AnnouncementProcessor processor) => processor.RunOnceAsync(_stopping.Token);

    public void AdvanceTo(DateTimeOffset instant) => Time.Advance(instant - Time.GetUtcNow());

    public Task<AnnouncementRecord?> RowAsync(ulong guild, int minutes, DateTimeOffset? start = null) =>
        Ledger.GetAsync(new AnnouncementKey(AnnouncementKey.StreamKeyOf(Stream(start)), guild, TimeSpan.FromMinutes(minutes)), CancellationToken.None);

    private SqliteAnnouncementLedger NewLedger()
    {
        var database = _temp.Open();
        _databases.Add(database);
        return new SqliteAnnouncementLedger(database);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _stopping.Dispose();
        foreach (var database in _databases)
            await database.DisposeAsync();
        await _temp.DisposeAsync();
    }
}
