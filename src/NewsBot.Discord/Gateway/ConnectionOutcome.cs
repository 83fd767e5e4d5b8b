namespace NewsBot.Discord.Gateway;

/// <summary>How one connection ended, and what the session does next.</summary>
internal sealed record ConnectionOutcome(ConnectionNext Next, int? CloseCode, string Reason, bool WasHealthy, TimeSpan? Delay = null);

internal enum ConnectionNext
{
    Resume,
    Identify,
    Fatal,
    Stopped,
}
