using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox;

/// <summary>Settings of a <see cref="SandboxServer"/>; defaults behave like Discord.</summary>
public sealed class SandboxOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The only bot token accepted; null accepts any non-empty token.</summary>
    public string? ExpectedToken { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>
    /// How long a connection may go without a heartbeat before the gateway closes it (4000; the session stays resumable,
    /// as Discord forces a resume then); null: twice <see cref="HeartbeatInterval"/>; <see cref="Timeout.InfiniteTimeSpan"/>: never.
    /// </summary>
    public TimeSpan? HeartbeatTimeout { get; set; }

    /// <summary>
    /// How long a session whose connection dropped (or closed with a code other than 1000/1001) stays resumable; after
    /// that a RESUME gets INVALID_SESSION and the session's buffered dispatches are freed. Discord: a few minutes.
    /// </summary>
    public TimeSpan SessionResumeWindow { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long the bot has to acknowledge an interaction (Discord: 3 s).</summary>
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the control API waits for the edit of a deferred reply.</summary>
    public TimeSpan DeferredReplyWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an interaction token stays usable for webhooks (Discord: 15 min).</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an enforced nonce returns the earlier message.</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages kept per channel (oldest dropped first), so a long-running sandbox stays bounded.</summary>
    public int MaxMessagesPerChannel { get; set; } = 1000;

    /// <summary>
    /// Interactions kept for webhooks and <c>Interaction(id)</c> lookups (oldest dropped first); an interaction is also
    /// dropped once its token lifetime has passed.
    /// </summary>
    public int MaxRetainedInteractions { get; set; } = 1000;

    /// <summary>Dispatches a session keeps for a resume (oldest dropped first); a resume from before them is refused.</summary>
    public int ResumeBufferSize { get; set; } = 2000;

    /// <summary>
    /// Largest file a member may attach to an attachment option (the interaction's <c>attachment_size_limit</c>;
    /// Discord: 10 MiB without boosts).
    /// </summary>
    public int MaxAttachmentSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>Bytes of all files of one message upload (Discord: 10 MiB without boosts); more is refused with 413 (40005).</summary>
    public int MaxUploadSize { get; set; } = 10 * 1024 * 1024;

    /// <summary>Attachment bytes the sandbox's CDN keeps in all (oldest files dropped first).</summary>
    public long MaxAttachmentBytesKept { get; set; } = 256L * 1024 * 1024;

    public int MessageRateLimit { get; set; } = 5;
    public TimeSpan MessageRateWindow { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Edits of messages per channel (PATCH …/messages/{id}) per window; Discord's bucket allows 5 per 5 s.</summary>
    public int MessageEditRateLimit { get; set; } = 5;
    public TimeSpan MessageEditRateWindow { get; set; } = TimeSpan.FromSeconds(5);
    public int RouteRateLimit { get; set; } = 50;
    public TimeSpan RouteRateWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests per second per bot over all routes (interaction callbacks are exempt).</summary>
    public int GlobalRateLimit { get; set; } = 50;

    /// <summary>Gateway sends allowed per connection per minute (Discord: 120).</summary>
    public int GatewaySendLimit { get; set; } = 120;

    /// <summary>
    /// Identify concurrency reported by GET /gateway/bot (<c>max_concurrency</c>): shards whose
    /// <c>shard_id % MaxConcurrency</c> match share one identify per <see cref="IdentifyInterval"/>.
    /// </summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>
    /// How often each concurrency bucket may identify (Discord: once per 5 s); a faster IDENTIFY is answered with
    /// INVALID_SESSION (op 9, not resumable) and starts no session. <see cref="TimeSpan.Zero"/>: no limit.
    /// </summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Shard count recommended by GET /gateway/bot.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>Privileged intents enabled for the application (GUILD_MEMBERS 1&lt;&lt;1, GUILD_PRESENCES 1&lt;&lt;8, MESSAGE_CONTENT 1&lt;&lt;15).</summary>
    public long EnabledPrivilegedIntents { get; set; }

    public string ApplicationName { get; set; } = "NewsBot";

    /// <summary>Changes the default world before the server starts, e.g. adds a second guild.</summary>
    public Action<SandboxWorld>? ConfigureWorld { get; set; }

    /// <summary>Logging of the sandbox's web host; without it the sandbox logs nothing.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    /// <summary>
    /// Whether ASP.NET Core logs each request (about four Information lines each, eight per interaction with its
    /// callback). Off by default: only its warnings and errors reach <see cref="ConfigureLogging"/>'s providers, so a
    /// load run through the sandbox does not spend its time writing to the console.
    /// </summary>
    public bool LogRequests { get; set; }
}
