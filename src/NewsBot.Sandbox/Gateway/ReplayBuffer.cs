namespace NewsBot.Sandbox.Gateway;

/// <summary>
/// The newest <c>capacity</c> dispatches of a session, oldest first, for a resume. A ring: remembering one more
/// once full overwrites the oldest in place instead of shifting every entry (which cost a copy of the whole buffer
/// per dispatch). Not thread-safe: the session's gate serializes its use.
/// </summary>
internal sealed class ReplayBuffer(int capacity)
{
    private readonly (long Seq, byte[] Utf8Json)[] _entries = new (long, byte[])[capacity];
    private int _start;

    public int Count { get; private set; }

    /// <summary>The sequence number of the oldest dispatch still held; null when empty.</summary>
    public long? OldestSeq => Count == 0 ? null : _entries[_start].Seq;

    public void Add(long seq, byte[] utf8Json)
    {
        if (Count < _entries.Length)
        {
            _entries[(_start + Count) % _entries.Length] = (seq, utf8Json);
            Count++;
            return;
        }
        _entries[_start] = (seq, utf8Json);
        _start = (_start + 1) % _entries.Length;
    }

    /// <summary>The dispatches after <paramref name="seq"/>, in order.</summary>
    public List<byte[]> After(long seq)
    {
        var result = new List<byte[]>();
        for (var i = 0; i < Count; i++)
        {
            var (entrySeq, json) = _entries[(_start + i) % _entries.Length];
            if (entrySeq > seq)
                result.Add(json);
        }
        return result;
    }
}
