namespace NewsBot.Discord.Interactions.Http;

/// <summary>What the HTTP interactions receiver needs (the host binds it from its <c>Interactions</c> section).</summary>
public sealed class HttpInteractionOptions
{
    /// <summary>The application's Ed25519 public key, 64 hex digits (Developer Portal → General Information → Public Key).</summary>
    public string? PublicKey { get; set; }

    /// <summary>
    /// How long the HTTP request waits for the initial response (Discord allows 3 s). Handlers slower than
    /// <c>Discord:InteractionDeferAfter</c> are deferred before this, so only a queue of handlers can run into it.
    /// </summary>
    public TimeSpan ResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);
}
