using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsBot.DiscordAdapters;
using NewsBot.Hosting;
using NewsBot.HttpInteractions;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// A real sandbox and the real bot host over sockets on 127.0.0.1, sharing one <see cref="FakeTimeProvider"/>, with a
/// temp folder holding the documents, streams.json and the SQLite file. Hosts can be stopped and started again over
/// the same files (a restart).
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string DiscussionId = "000_8dbe49e802ff1033";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The transports of <c>Interactions:Mode</c> that end-to-end theories run over.</summary>
    public const string Gateway = "Gateway";
    public const string Http = "Http";
    public const string Both = "Both";

    private readonly string? _postgres;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _mode;

    // One instance id for all hosts of this harness: a restart is the same instance, and harnesses sharing a PostgreSQL
    // database never count as restarts of one another.
    private readonly string _instanceId = "e2e-" + Guid.NewGuid().ToString("N");
    private IHost? _host;

    private BotHarness(
        FakeTimeProvider time, SandboxServer sandbox, string folder, string? postgres, IReadOnlyDictionary<string, string?>? settings, string mode)
    {
        _postgres = postgres;
        _mode = mode;
        _settings = settings ?? new Dictionary<string, string?>();
        Time = time;
        Sandbox = sandbox;
        Folder = folder;
    }

    public FakeTimeProvider Time { get; }
    public SandboxServer Sandbox { get; }
    public string Folder { get; }
    public string StreamsFile => Path.Combine(Folder, "streams.json");
    public string DatabaseFile => Path.Combine(Folder, "newsbot.db");
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host is not running.");

    public ulong GuildId => Sandbox.World.DefaultGuild.Id;
    public ulong Announcements => Sandbox.World.DefaultGuild.Channel("announcements").Id;
    public ulong General => Sandbox.World.DefaultGuild.Channel("general").Id;
    public ulong ReadOnly => Sandbox.World.DefaultGuild.Channel("read-only").Id;
    public ulong Viewers => Sandbox.World.DefaultGuild.Role("Viewers").Id;

    /// <summary>Starts the sandbox and the bot; the clock starts at <paramref name="now"/>, streams.json holds <paramref name="streamsJson"/>.</summary>
    /// <param name="now">Where the fake clock starts.</param>
    /// <param name="streamsJson">The content of streams.json.</param>
    /// <param name="postgres">A PostgreSQL connection string to store in, instead of a temp SQLite file.</param>
    /// <param name="prepare">Called with the folder (documents/, streams.json) before the bot starts, e.g. to add documents.</param>
    /// <param name="settings">More settings for the bot (e.g. <c>Operations:ListenUrl</c>), over the harness's own.</param>
    /// <param name="mode">
    /// How interactions reach the bot: <see cref="Gateway"/>, or <see cref="Http"/> (the bot serves its endpoint on a free
    /// port with the sandbox's public key and no gateway; the sandbox checks the URL as Discord does and POSTs there), or
    /// <see cref="Both"/> (the endpoint, which the sandbox then uses, and a gateway session).
    /// </param>
    /// <param name="world">Changes the sandbox's world before it starts (e.g. a second guild).</param>
    public static async Task<BotHarness> StartAsync(
        DateTimeOffset now, string streamsJson, string? postgres = null, Func<string, Task>? prepare = null,
        IReadOnlyDictionary<string, string?>? settings = null, string mode = Gateway, Action<SandboxWorld>? world = null)
    {
        var time = new FakeTimeProvider(now);
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "config", "documents"), "*.txt"))
            File.Copy(file, Path.Combine(folder, "documents", Path.GetFileName(file)));
        await File.WriteAllTextAsync(Path.Combine(folder, "streams.json"), streamsJson);
        if (prepare is not null)
            await prepare(folder);

        // Heartbeats once a day: advancing the shared fake clock by minutes never makes either side miss one. A restarted
        // bot identifies at the same fake instant as the one before it, so the 5-s identify limit is off here (the
        // client's pacing is proven against it in NewsBot.Discord.Tests).
        var sandbox = new SandboxServer(new SandboxOptions
        {
            TimeProvider = time,
            HeartbeatInterval = TimeSpan.FromDays(1),
            IdentifyInterval = TimeSpan.Zero,
            ConfigureWorld = world,
        });
        await sandbox.StartAsync();
        var harness = new BotHarness(time, sandbox, folder, postgres, settings, mode);
        await harness.StartBotAsync();
        return harness;
    }

    /// <summary>A streams.json with one stream of the test discussion.</summary>
    public static string Streams(DateTimeOffset start, DateTimeOffset end, string link = "https://example.org/live") =>
        new JsonObject
        {
            ["streams"] = new JsonArray(new JsonObject
            {
                ["discussion"] = DiscussionId,
                ["start"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["end"] = end.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["link"] = link,
            }),
        }.ToJsonString();

    public async Task StartBotAsync()
    {
        if (_host is not null)
            throw new InvalidOperationException("Already running.");
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "e2e-token",
            ["Discord:RestBaseUrl"] = new Uri(Sandbox.BaseUri, "api").ToString(),
            ["Documents:Folder"] = Path.Combine(Folder, "documents"),
            ["Schedule:File"] = StreamsFile,
            ["Storage:Provider"] = _postgres is null ? "Sqlite" : "Postgres",
            ["Storage:SqlitePath"] = DatabaseFile,
            ["Storage:PostgresConnectionString"] = _postgres,
            ["Announcements:InstanceId"] = _instanceId,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Bot:CommandRegistrationDelay"] = "00:00:00", // the harness waits for the registration before a test runs
        };
        if (_mode is Http or Both)
        {
            settings["Interactions:Mode"] = _mode;
            settings["Interactions:ListenUrl"] = "http://127.0.0.1:0";
            settings["Interactions:PublicKey"] = Sandbox.Control.InteractionsPublicKey;
        }
        foreach (var (key, value) in _settings)
            settings[key] = value;
        var builder = NewsBotHost.CreateBuilder([], settings);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        var host = builder.Build();
        using var cts = new CancellationTokenSource(Patience);
        await host.StartAsync(cts.Token);
        _host = host;
        if (_mode is Http or Both)
        {
            // As an operator saves the Interactions Endpoint URL in the Developer Portal; a restarted bot has a new port.
            var url = host.Services.GetRequiredService<HttpInteractionsServer>().EndpointUrl;
            Assert.NotNull(url);
            Assert.Null(await Sandbox.Control.SetInteractionsUrlAsync(url, cts.Token));
        }
        if (_mode == Http)
            Assert.False(Sandbox.Control.HasBotSession(GuildId), "in Http mode the bot does not connect to the gateway");
        else
            Assert.True(await Sandbox.Control.WaitForBotAsync(Patience), "the bot did not connect to the sandbox");
        // A test that sets a registration delay advances the clock itself to let the registration run.
        if (settings["Bot:CommandRegistrationDelay"] == "00:00:00")
            await host.Services.GetRequiredService<CommandRegistrationService>().FirstRegistration.WaitAsync(Patience);
    }

    public async Task StopBotAsync()
    {
        if (_host is not { } host)
            return;
        _host = null;
        using var cts = new CancellationTokenSource(Patience);
        await host.StopAsync(cts.Token);
        if (host is IAsyncDisposable asyncDisposable)
            await asyncDisposable.DisposeAsync();
        else
            host.Dispose();
    }

    public async Task<InteractionOutcome> InvokeAsync(InteractionRequest request)
    {
        using var cts = new CancellationTokenSource(Patience);
        InteractionOutcome outcome;
        try
        {
            outcome = await Sandbox.Control.InvokeCommandAsync(request, cts.Token);
        }
        catch (ObjectDisposedException)
        {
            // The sandbox may dispatch to a gateway connection that just closed (its send lock is disposed);
            // the client resumes on a new connection, so the interaction is sent again once it is there.
            Assert.True(await Sandbox.Control.WaitForBotAsync(Patience), "the bot did not reconnect to the sandbox");
            outcome = await Sandbox.Control.InvokeCommandAsync(request, cts.Token);
        }
        Assert.True(outcome.Answered, $"/{request.CommandName} was not answered: {outcome.Status} {outcome.Error}");
        return outcome;
    }

    /// <summary>The reply's JSON (the callback data, or the edited original after a deferral).</summary>
    public async Task<JsonObject> ReplyAsync(InteractionRequest request)
    {
        var outcome = await InvokeAsync(request);
        var callback = outcome.Callback!;
        if (callback["type"]!.GetValue<int>() == 5)
            return outcome.Original ?? throw new InvalidOperationException("deferred without an edit");
        return callback["data"]!.AsObject();
    }

    public InteractionRequest Moderator(string command, params JsonNode[] options) => new(command)
    {
        UserId = Sandbox.World.Moderator.Id,
        ChannelId = General,
        Options = options.Length == 0 ? null : new JsonArray(options),
    };

    public InteractionRequest Viewer(string command, string locale, params JsonNode[] options) => new(command)
    {
        UserId = Sandbox.World.Viewer.Id,
        ChannelId = General,
        Locale = locale,
        Options = options.Length == 0 ? null : new JsonArray(options),
    };

    public static JsonObject Option(string name, string value, int type = 3) => new() { ["name"] = name, ["type"] = type, ["value"] = value };

    public static JsonObject Option(string name, ulong id, int type) =>
        new() { ["name"] = name, ["type"] = type, ["value"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public static JsonObject Subcommand(string name, params JsonNode[] options) =>
        new() { ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(options) };

    public static JsonObject Flag(string name, bool value) => new() { ["name"] = name, ["type"] = 5, ["value"] = value };

    /// <summary>All visible text of a reply or message: content, embed titles, descriptions, field names and values.</summary>
    public static string Text(JsonObject message)
    {
        var parts = new List<string?> { message["content"]?.GetValue<string>() };
        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            parts.Add(embed?["title"]?.GetValue<string>());
            parts.Add(embed?["description"]?.GetValue<string>());
            parts.Add(embed?["footer"]?["text"]?.GetValue<string>());
            foreach (var field in embed?["fields"]?.AsArray() ?? [])
            {
                parts.Add(field?["name"]?.GetValue<string>());
                parts.Add(field?["value"]?.GetValue<string>());
            }
        }
        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    public static bool IsEphemeral(JsonObject message) => ((message["flags"]?.GetValue<int>() ?? 0) & 64) != 0;

    /// <summary>
    /// Waits until the channel holds <paramref name="count"/> messages. The bot's background services may still be
    /// planning when the clock jumps, so while they are missing the fake clock moves on one second at a time.
    /// </summary>
    public async Task<IReadOnlyList<JsonObject>> ExpectMessagesAsync(ulong channelId, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var messages = await Sandbox.Control.WaitForMessagesAsync(channelId, count, TimeSpan.FromMilliseconds(250));
            if (messages.Count >= count || DateTime.UtcNow > deadline)
                return messages;
            Time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Polls <paramref name="condition"/> (moving the fake clock on a second at a time) until it holds or patience runs out.</summary>
    public Task<bool> EventuallyAsync(Func<bool> condition) => EventuallyAsync(() => Task.FromResult(condition()));

    public async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                return false;
            Time.Advance(TimeSpan.FromSeconds(1));
            await Sandbox.Control.WaitForMessagesAsync(0, 1, TimeSpan.FromMilliseconds(100));
        }
        return true;
    }

    /// <summary>Gives the bot a moment (and a few fake seconds) to post anything more; returns what the channel holds.</summary>
    public async Task<IReadOnlyList<JsonObject>> SettleAsync(ulong channelId)
    {
        for (var i = 0; i < 4; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Sandbox.Control.WaitForMessagesAsync(channelId, int.MaxValue, TimeSpan.FromMilliseconds(250));
        }
        return Sandbox.Control.Messages(channelId);
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Sandbox.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NewsBot.sln not found above the test output.");
    }
}
