using System.Collections.Concurrent;

namespace NewsBot.Sandbox.Attachments;

/// <summary>
/// Attachment files by id, for the CDN routes. Bounded by total size: the oldest files go first once more than
/// <c>maxBytesKept</c> are held (on Discord, a command's attachment URL expires after a while too).
/// </summary>
internal sealed class AttachmentStore(long maxBytesKept)
{
    private readonly ConcurrentDictionary<ulong, StoredAttachment> _byId = new();
    private readonly ConcurrentQueue<StoredAttachment> _order = new();
    private readonly Lock _pruneLock = new();
    private long _bytes;

    public void Add(StoredAttachment file)
    {
        _byId[file.Id] = file;
        _order.Enqueue(file);
        Interlocked.Add(ref _bytes, file.Bytes.Length);
        lock (_pruneLock)
        {
            while (Interlocked.Read(ref _bytes) > maxBytesKept && _order.Count > 1 && _order.TryDequeue(out var oldest))
            {
                _byId.TryRemove(oldest.Id, out _);
                Interlocked.Add(ref _bytes, -oldest.Bytes.Length);
            }
        }
    }

    public StoredAttachment? Find(ulong id) => _byId.TryGetValue(id, out var file) ? file : null;
}
