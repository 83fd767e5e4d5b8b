namespace NewsBot.HttpInteractions;

/// <summary>How interactions reach the bot (section <c>Interactions</c>).</summary>
public sealed class InteractionsOptions
{
    public const string Section = "Interactions";

    /// <summary>Gateway (default), Http (Discord POSTs interactions to <see cref="ListenUrl"/> + <see cref="Path"/>) or Both.</summary>
    public InteractionMode Mode { get; set; } = InteractionMode.Gateway;

    /// <summary>
    /// Where the interactions endpoint listens in Http and Both mode, e.g. <c>http://127.0.0.1:8080</c> behind a reverse
    /// proxy that terminates TLS (Discord calls only https URLs). Its own port, not the operations one, so that health
    /// and metrics can stay private while this one is reachable from the internet.
    /// </summary>
    public string? ListenUrl { get; set; }

    /// <summary>The endpoint's path; Discord's "Interactions Endpoint URL" is the public address of ListenUrl plus this.</summary>
    public string Path { get; set; } = "/interactions";

    /// <summary>The application's public key (Developer Portal → General Information), 64 hex digits; required in Http and Both mode.</summary>
    public string? PublicKey { get; set; }
}
