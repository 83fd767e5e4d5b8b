using System.ComponentModel.DataAnnotations;

namespace NewsBot.Discord;

/// <summary>Settings of the Discord client, bound from the <c>Discord</c> section.</summary>
public sealed class DiscordClientOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token. Required when <see cref="ConnectGateway"/> is on. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Start the gateway hosted service (off: REST only, e.g. HTTP-interactions mode or tools).</summary>
    public bool ConnectGateway { get; set; } = true;

    /// <summary>REST base without the version; <c>/v10</c> is appended. Point it at the sandbox for local runs.</summary>
    [Required]
    public Uri RestBaseUrl { get; set; } = new("https://discord.com/api");

    /// <summary>Shown in the User-Agent: <c>DiscordBot (url, version)</c>.</summary>
    [Required]
    public string UserAgentUrl { get; set; } = "https://github.com/newsbot/newsbot";

    [Required]
    public string UserAgentVersion { get; set; } = "1.0";

    /// <summary>Gateway intents bitfield; GUILDS (1) is all a slash-command bot needs.</summary>
    [Range(0, int.MaxValue)]
    public int Intents { get; set; } = 1;

    /// <summary>Total shards; empty: Discord's recommendation from GET /gateway/bot.</summary>
    [Range(1, 1_000_000)]
    public int? ShardCount { get; set; }

    /// <summary>The shards this process runs; empty: all of them.</summary>
    public int[]? ShardIds { get; set; }

    /// <summary>Without a reply by then, the interaction is deferred (Discord allows 3 s).</summary>
    public TimeSpan InteractionDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Interaction handlers running at once; more wait their turn off the receive loop.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentInteractions { get; set; } = 32;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of transient faults (5xx, timeouts, resets), only where a retry is safe.</summary>
    [Range(0, 10)]
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>First retry delay; exponential with jitter after that.</summary>
    public TimeSpan TransientRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many 429s one request waits out before giving up with a RateLimited error.</summary>
    [Range(0, 100)]
    public int MaxRateLimitRetries { get; set; } = 10;

    /// <summary>Discord's global limit per bot; interaction callbacks are exempt.</summary>
    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Upper bound of the gateway reconnect backoff.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    public override string ToString() => $"Discord client ({RestBaseUrl}, token {(string.IsNullOrEmpty(Token) ? "missing" : "set")})";
}
