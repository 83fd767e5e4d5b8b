namespace NewsBot.Sandbox.Control;

/// <summary>What can go wrong on purpose.</summary>
public enum SandboxFaultKind
{
    DropConnection,
    Reconnect,
    InvalidSession,
    StopHeartbeatAck,
    RequestHeartbeat,
    Rest429,
    Rest500,
    Rest502,
}

/// <summary>A fault to inject: gateway faults act on the open connections, REST faults on the next <see cref="Count"/> calls.</summary>
public sealed record SandboxFault(SandboxFaultKind Kind, int Count = 1, bool Resumable = false, double RetryAfterSeconds = 1.0);
