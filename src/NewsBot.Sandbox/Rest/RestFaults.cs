using NewsBot.Sandbox.Control;

namespace NewsBot.Sandbox.Rest;

/// <summary>REST faults waiting to hit the next calls.</summary>
internal sealed class RestFaults
{
    private readonly Lock _lock = new();
    private readonly Queue<SandboxFault> _pending = new();

    public void Add(SandboxFault fault)
    {
        lock (_lock)
        {
            for (var i = 0; i < Math.Max(1, fault.Count); i++)
                _pending.Enqueue(fault);
        }
    }

    public SandboxFault? Take()
    {
        lock (_lock)
            return _pending.TryDequeue(out var fault) ? fault : null;
    }
}
