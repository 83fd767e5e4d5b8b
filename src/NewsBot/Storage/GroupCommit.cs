namespace NewsBot.Storage;

/// <summary>
/// Group commit: items submitted while a batch is being written wait and go into the next batch together, written by
/// one writer in one transaction (one fsync for all of them), and each submitter's task completes only after the batch
/// holding its item committed. Under load the batches grow; alone, an item is written at once. A failed batch fails
/// every item in it (none is answered as stored).
/// </summary>
internal sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> writeBatch, int maxBatch)
{
    private readonly Lock _lock = new();
    private readonly Queue<(TItem Item, TaskCompletionSource<TResult> Done)> _waiting = new();
    private bool _writing;

    public Task<TResult> SubmitAsync(TItem item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_lock)
        {
            _waiting.Enqueue((item, done));
            start = !_writing;
            _writing = true;
        }
        if (start)
            _ = Task.Run(WriteWhileWaitingAsync, CancellationToken.None);
        // A caller that gives up stops waiting; its item may still be written (as if it had been sent a moment earlier).
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteWhileWaitingAsync()
    {
        while (true)
        {
            var batch = new List<(TItem Item, TaskCompletionSource<TResult> Done)>();
            lock (_lock)
            {
                while (batch.Count < maxBatch && _waiting.TryDequeue(out var next))
                    batch.Add(next);
                if (batch.Count == 0)
                {
                    _writing = false;
                    return;
                }
            }

            try
            {
                var results = await writeBatch([.. batch.Select(b => b.Item)]);
                for (var i = 0; i < batch.Count; i++)
                    batch[i].Done.TrySetResult(results[i]);
            }
            catch (Exception ex)
            {
                foreach (var (_, done) in batch)
                    done.TrySetException(ex);
            }
        }
    }
}
