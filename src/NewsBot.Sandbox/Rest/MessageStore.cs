using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// Messages per channel (the newest <c>maxPerChannel</c>), the nonce index (entries leave after the nonce window),
/// and waiting for new messages. Messages (<see cref="StoredMessage"/>) are changed in place (edits, component updates),
/// so every read or change of a message's JSON, here or in an interaction's own replies, holds <see cref="Sync"/>; a
/// caller holding an interaction's lock takes it after that one, never before.
/// </summary>
internal sealed class MessageStore(TimeProvider time, TimeSpan nonceWindow, int maxPerChannel = 1000)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, List<StoredMessage>> _byChannel = [];
    private readonly Dictionary<(ulong Author, string Nonce), (StoredMessage Message, DateTimeOffset At)> _nonces = [];
    private const int NoncePruneThreshold = 1024;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _nextNoncePrune;

    /// <summary>The message of the same author and nonce within the window, if any.</summary>
    public StoredMessage? FindByNonce(ulong authorId, string nonce)
    {
        lock (_lock)
        {
            return _nonces.TryGetValue((authorId, nonce), out var hit) && time.GetUtcNow() - hit.At <= nonceWindow
                ? hit.Message
                : null;
        }
    }

    public void Add(ulong channelId, StoredMessage message, ulong authorId, string? nonce, bool visible = true)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            if (visible)
            {
                if (!_byChannel.TryGetValue(channelId, out var list))
                    _byChannel[channelId] = list = [];
                list.Add(message);
                if (list.Count > maxPerChannel)
                    list.RemoveRange(0, list.Count - maxPerChannel);
            }
            if (nonce is not null)
            {
                var now = time.GetUtcNow();
                if (_nonces.Count >= NoncePruneThreshold && now >= _nextNoncePrune)
                    PruneNonces(now);
                _nonces[(authorId, nonce)] = (message, now);
            }
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Under the lock: drops nonces older than the window; at most once per window.</summary>
    private void PruneNonces(DateTimeOffset now)
    {
        _nextNoncePrune = now + nonceWindow;
        foreach (var (key, entry) in _nonces)
        {
            if (now - entry.At > nonceWindow)
                _nonces.Remove(key);
        }
    }

    public void Touch()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>The lock guarding every message's JSON (see the class remarks).</summary>
    public Lock Sync => _lock;

    /// <summary>The channel of a stored message, or null when no channel holds it.</summary>
    public ulong? ChannelOf(string messageId, IEnumerable<ulong> channelIds)
    {
        lock (_lock)
        {
            foreach (var channelId in channelIds)
            {
                if (_byChannel.TryGetValue(channelId, out var list) && list.Exists(m => m.Id == messageId))
                    return channelId;
            }
        }
        return null;
    }

    /// <summary>Runs <paramref name="change"/> on a stored message under the store's lock; false if there is no such message.</summary>
    public bool Update(ulong channelId, string messageId, Action<StoredMessage> change, bool touch = true)
    {
        lock (_lock)
        {
            var message = _byChannel.TryGetValue(channelId, out var list) ? list.Find(m => m.Id == messageId) : null;
            if (message is null)
                return false;
            change(message);
        }
        if (touch)
            Touch();
        return true;
    }

    public bool Remove(ulong channelId, string messageId)
    {
        lock (_lock)
        {
            if (!_byChannel.TryGetValue(channelId, out var list))
                return false;
            return list.RemoveAll(m => m.Id == messageId) > 0;
        }
    }

    /// <summary>Copies of the channel's messages, oldest first (taken under the lock: the stored ones change in place).</summary>
    public IReadOnlyList<JsonObject> List(ulong channelId)
    {
        lock (_lock)
            return _byChannel.TryGetValue(channelId, out var list) ? [.. list.Select(m => m.Copy())] : [];
    }

    /// <summary>Waits (real time: it waits for network peers) until the channel holds at least <paramref name="count"/> messages.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForAsync(ulong channelId, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_byChannel.TryGetValue(channelId, out var list) && list.Count >= count)
                    return [.. list.Select(m => m.Copy())];
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return List(channelId);
            }
        }
    }
}
