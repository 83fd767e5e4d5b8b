using NewsBot.Sandbox.Control;

namespace NewsBot.Sandbox.Rest;

/// <summary>REST faults waiting to hit the next calls.</summary>
internal sealed class RestFaults
{
    private readonly Lock _lock = new();
    private readonly Queue<SandboxFault> _pending = new();
    private volatile int _count;

    public void Add(SandboxFault fault)
    {
        lock (_lock)
        {
            for (var i = 0; i < Math.Max(1, fault.Count); i++)
                _pending.Enqueue(fault);
            _count = _pending.Count;
        }
    }

    /// <summary>The next pending fault; without one (nearly always) no lock is taken, as every REST call asks.</summary>
    public SandboxFault? Take()
    {
        if (_count == 0)
            return null;
        lock (_lock)
        {
            var taken = _pending.TryDequeue(out var fault) ? fault : null;
            _count = _pending.Count;
            return taken;
        }
    }
}
