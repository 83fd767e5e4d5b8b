namespace NewsBot.Sandbox.Gateway;

/// <summary>
/// Closes a connection that stops heartbeating, as Discord does ("your connection will be closed and you will be
/// forced to Resume"): with 4000, whose documented follow-up is a resume, while its session stays resumable for the
/// resume window like any dropped one. A bot that does not answer the close is cut off.
/// </summary>
internal static class HeartbeatWatchdog
{
    private static readonly TimeSpan CloseHandshakeGrace = TimeSpan.FromSeconds(5);

    /// <summary>Runs until the connection falls silent (then closes it) or <paramref name="cancellationToken"/> ends it.</summary>
    public static async Task WatchAsync(GatewayConnection connection, SandboxState state, CancellationToken cancellationToken)
    {
        var timeout = state.Options.HeartbeatTimeout ?? state.Options.HeartbeatInterval * 2;
        if (timeout == Timeout.InfiniteTimeSpan)
            return;
        try
        {
            while (true)
            {
                var silentFor = state.Time.GetUtcNow() - connection.LastHeartbeat;
                if (silentFor >= timeout)
                    break;
                // Whole milliseconds, rounded up: Task.Delay drops a fraction, and a wait cut short would spin here.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling((timeout - silentFor).TotalMilliseconds)), state.Time, cancellationToken);
            }
            await connection.CloseAsync(GatewayCloseCodes.UnknownError, "Heartbeat timed out.");
            await Task.Delay(CloseHandshakeGrace, state.Time, cancellationToken);
            connection.Abort();
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }
}
