using NewsBot.Sandbox.Attachments;
using NewsBot.Sandbox.Gateway;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox;

/// <summary>Everything one sandbox instance holds: the world, the stores, the gateway and the faults.</summary>
internal sealed class SandboxState
{
    public SandboxState(SandboxOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Ids = new SnowflakeGenerator(Time);
        World = SandboxWorld.CreateDefault(Ids, Time, options.ApplicationName);
        options.ConfigureWorld?.Invoke(World);
        Messages = new MessageStore(Time, options.NonceWindow, options.MaxMessagesPerChannel);
        Interactions = new InteractionStore(Time, options.InteractionTokenLifetime, options.InteractionDeadline, options.MaxRetainedInteractions);
        Commands = new CommandStore(Ids, World.ApplicationId);
        Events = new ScheduledEventStore(Ids, Time, World);
        RateLimiter = new RateLimiter(Time);
        Attachments = new AttachmentStore(options.MaxAttachmentBytesKept);
        Gateway = new GatewayHub(this);
        HttpInteractions = new InteractionsEndpoint(this);
    }

    public SandboxOptions Options { get; }
    public TimeProvider Time { get; }
    public SnowflakeGenerator Ids { get; }
    public SandboxWorld World { get; }
    public MessageStore Messages { get; }
    public CommandStore Commands { get; }
    public ScheduledEventStore Events { get; }
    public InteractionStore Interactions { get; }
    public RateLimiter RateLimiter { get; }
    public AttachmentStore Attachments { get; }
    public RestFaults Faults { get; } = new();
    public GatewayHub Gateway { get; }

    /// <summary>The application's key and the bot's interactions URL, when interactions go over HTTP.</summary>
    public InteractionsEndpoint HttpInteractions { get; }

    /// <summary>Whether an interaction in the guild can reach the bot: over HTTP, or through a gateway session for its shard.</summary>
    public bool CanDeliverInteraction(ulong guildId) => HttpInteractions.Url is not null || Gateway.HasSessionFor(guildId);

    /// <summary>http://127.0.0.1:PORT/ once started.</summary>
    public Uri BaseUri { get; set; } = new("http://127.0.0.1/");

    private int _identifies;

    /// <summary>Identifies so far; GET /gateway/bot counts them against session_start_limit.total.</summary>
    public int Identifies => Volatile.Read(ref _identifies);

    public void CountIdentify() => Interlocked.Increment(ref _identifies);

    private int _refusedIdentifies;

    /// <summary>IDENTIFYs refused because their concurrency bucket had identified within the identify interval.</summary>
    public int RefusedIdentifies => Volatile.Read(ref _refusedIdentifies);

    private int _rateLimited;

    /// <summary>Requests answered 429 by a route bucket (not by injected faults).</summary>
    public int RateLimited => Volatile.Read(ref _rateLimited);

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    /// <summary>When each message edit (PATCH) was accepted, per channel: what tests check Discord's edit limits against.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<ulong, System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>> Edits { get; } = new();

    public void CountRefusedIdentify() => Interlocked.Increment(ref _refusedIdentifies);

    public string GatewayUrl => $"ws://{BaseUri.Authority}/gateway";

    public bool IsValidToken(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
            return false;
        if (token.StartsWith("Bot ", StringComparison.Ordinal))
            token = token[4..];
        return token.Length > 0 && (Options.ExpectedToken is null || string.Equals(token, Options.ExpectedToken, StringComparison.Ordinal));
    }
}
