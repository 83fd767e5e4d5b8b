using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Commands.Companion;
using NewsBot.Companion.Questions;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Settings;
using NewsBot.Storage;
using NewsBot.Texts;

namespace NewsBot.Benchmarks;

/// <summary>
/// 1,000 members voting on one question within one second (a vote pressed each millisecond on the injected clock, up to
/// 32 at a time as the interaction dispatcher runs them), through the real SQLite store (group commit) and the
/// vote-count editor, until the message shows the last count: once from the store's vote call, once through the vote
/// button's handler as a press arrives (<see cref="QuestionVoteButton"/>: parse, vote, mark for the edit, the reply).
/// A mean below one second per invocation means the path keeps up with 1,000 votes per second. Each invocation checks
/// that the stored count is exact and that the thread saw at most 4 edits in any 5 s (Discord allows 5 per 5 s per
/// channel), and fails otherwise; the edits per 1,000 votes are printed at the end.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- --filter '*Vote*' --job short`.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // the database and the editor are disposed in [GlobalCleanup], as BenchmarkDotNet runs it
public class VoteBenchmarks
#pragma warning restore CA1001
{
    private const int VotesPerSecond = 1000;
    private const int InFlight = 32;
    private const string Stream = "talk@2030-03-04T12:00:00Z";
    private const ulong Guild = 42;
    private const ulong Thread = 20;
    private string _folder = "";
    private string? _schema;
    private SqlDatabase _database = null!;
    private SqlQuestionStore _store = null!;
    private VoteCountEditor _editor = null!;
    private QuestionVoteButton _button = null!;
    private FakeTimeProvider _time = null!;
    private CountingEditor _edits = null!;
    private AudienceQuestion _question = null!;
    private ulong _nextMember;
    private int _rounds;

    /// <summary>SQLite always; PostgreSQL too when <c>NEWSBOT_TEST_POSTGRES</c> holds a connection string (a fresh schema each run).</summary>
    public static IEnumerable<string> Engines() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES")) ? ["sqlite"] : ["sqlite", "postgres"];

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("newsbot-votes-").FullName;
        _time = new FakeTimeProvider(new DateTimeOffset(2030, 3, 4, 12, 0, 0, TimeSpan.Zero));
        _database = Engine == "postgres" ? await PostgresAsync() : new SqliteDatabase(Path.Combine(_folder, "votes.db"), _time);
        _store = new SqlQuestionStore(_database);
        var threads = new SqlLiveThreadStore(_database);
        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(null,
                """
                INSERT INTO live_threads (stream_key, guild_id, discussion_id, starts_at, ends_at, channel_id, announcement_message_id, thread_id,
                    link, state, recap_state, attempts, claimed_at, reason, updated_at)
                VALUES (@stream, @guild, 'talk', 0, 1, 10, @thread, @thread, NULL, 'open', 'waiting', 1, NULL, NULL, 0)
                """,
                CancellationToken.None, ("stream", Stream), ("guild", Guild.ToDb()), ("thread", Thread.ToDb()));
        }
        var id = ((AskOutcome.Added)await _store.AskAsync(new NewQuestion(Stream, Guild, 1, "Wie lange hält die Allianz?", null, null),
            _time.GetUtcNow(), TimeSpan.Zero, CancellationToken.None)).Id;
        await _store.DecideAsync(id, [QuestionState.Pending], QuestionState.Approved, 9, _time.GetUtcNow(), CancellationToken.None);
        await _store.SetThreadMessageAsync(id, 1000, CancellationToken.None);
        _question = (await _store.GetAsync(id, CancellationToken.None))!;
        _edits = new CountingEditor(_time);
        _editor = new VoteCountEditor(_store, threads, new DefaultSettings(), _edits, Options.Create(new CompanionOptions()), _time,
            NullLogger<VoteCountEditor>.Instance);
        _button = new QuestionVoteButton(_store, _editor, _time);
    }

    [Benchmark(Description = "1,000 votes in one second on one question (store), until its message shows the count")]
    public Task OneThousandVotesInOneSecond() => VoteAndCheckAsync(async member =>
    {
        var result = await _store.VoteAsync(new VoteRequest(_question.Id, Guild, member, _time.GetUtcNow()), CancellationToken.None);
        if (result.Outcome == VoteOutcome.Counted)
            await _editor.MarkChangedAsync(result.Question!, CancellationToken.None);
    });

    [Benchmark(Description = "1,000 vote presses in one second on one question (handler), until its message shows the count")]
    public Task OneThousandPressesInOneSecond() => VoteAndCheckAsync(async member =>
    {
        var press = new ComponentContext(QuestionMessages.VotePrefix, QuestionMessages.Id(_question.Id), 1000, Guild, Thread, member, "de", "de", 0);
        if (await _button.HandleAsync(press, CancellationToken.None) is not ComponentReply.NewMessage)
            throw new InvalidOperationException("no reply");
    });

    private async Task VoteAndCheckAsync(Func<ulong, Task> vote)
    {
        using var slots = new SemaphoreSlim(InFlight);
        var votes = new List<Task>(VotesPerSecond);
        for (var i = 0; i < VotesPerSecond; i++)
        {
            await slots.WaitAsync();
            var member = ++_nextMember;
            votes.Add(Task.Run(async () =>
            {
                try
                {
                    await vote(member);
                }
                finally
                {
                    slots.Release();
                }
            }));
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }
        await Task.WhenAll(votes);
        // The pump waits for its edit budget on the fake clock: move it on until the last count is shown.
        while (!_editor.IdleAsync(CancellationToken.None).IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Yield();
            await Task.Delay(1);
        }
        _rounds++;
        var stored = await _store.CountVotesAsync(_question.Id, CancellationToken.None);
        if (stored != (long)_rounds * VotesPerSecond || _edits.LastCount != stored)
            throw new InvalidOperationException($"count {stored}, shown {_edits.LastCount}, expected {_rounds * VotesPerSecond}");
        if (_edits.MaxInAnyFiveSeconds() > 4)
            throw new InvalidOperationException($"{_edits.MaxInAnyFiveSeconds()} edits in 5 s");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// votes: {(long)_rounds * VotesPerSecond}, edits: {_edits.Count} ({(double)_edits.Count / Math.Max(1, _rounds):0.0} per 1,000 votes), " +
            $"most edits in any 5 s: {_edits.MaxInAnyFiveSeconds()}");
        _editor.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_schema is not null)
        {
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES"));
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }

    private async Task<SqlDatabase> PostgresAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES")!;
        _schema = "bench_votes_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new PostgresDatabase(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = _schema }.ToString(), _time);
    }

    /// <summary>Counts the edits and when they happened on the fake clock; every edit succeeds.</summary>
    private sealed class CountingEditor(TimeProvider time) : IMessageEditor
    {
        private readonly ConcurrentQueue<DateTimeOffset> _at = new();

        public int Count => _at.Count;

        public long LastCount { get; private set; }

        public int MaxInAnyFiveSeconds()
        {
            var all = _at.ToArray();
            return all.Length == 0 ? 0 : all.Max(a => all.Count(b => b >= a && b < a + TimeSpan.FromSeconds(5)));
        }

        public Task<PublishResult> EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken)
        {
            _at.Enqueue(time.GetUtcNow());
            var footer = message.Embeds[0].Footer ?? "";
            LastCount = long.Parse(footer.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult<PublishResult>(new PublishResult.Posted(messageId));
        }
    }

    private sealed class DefaultSettings : IGuildSettingsStore
    {
        public Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken) => Task.FromResult(GuildSettings.Default(guildId, BotLanguage.German));

        public Task SaveAsync(GuildSettings settings, ulong changedByUserId, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<GuildSettings>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<GuildSettings>>([]);
    }
}
