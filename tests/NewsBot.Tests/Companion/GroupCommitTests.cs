using System.Collections.Concurrent;
using NewsBot.Storage;

namespace NewsBot.Tests.Companion;

/// <summary>The vote store's group commit (<see cref="GroupCommit{TItem, TResult}"/>).</summary>
public sealed class GroupCommitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Items_submitted_while_a_batch_is_written_go_together_into_the_next_and_each_is_answered_after_its_batch()
    {
        var batches = new ConcurrentQueue<int[]>();
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commit = new GroupCommit<int, string>(async items =>
        {
            batches.Enqueue([.. items]);
            if (batches.Count == 1)
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
            return [.. items.Select(i => $"stored {i}")];
        }, maxBatch: 3);

        var first = commit.SubmitAsync(1, CancellationToken.None);
        await firstStarted.Task.WaitAsync(Patience);
        var waiting = Enumerable.Range(2, 4).Select(i => commit.SubmitAsync(i, CancellationToken.None)).ToArray();
        Assert.False(first.IsCompleted);
        Assert.All(waiting, w => Assert.False(w.IsCompleted));

        releaseFirst.SetResult();
        var answers = await Task.WhenAll([first, .. waiting]).WaitAsync(Patience);

        Assert.Equal(["stored 1", "stored 2", "stored 3", "stored 4", "stored 5"], answers);
        Assert.Equal([[1], [2, 3, 4], [5]], batches.ToArray());
    }

    [Fact]
    public async Task A_failed_batch_fails_every_item_in_it_and_the_next_batch_is_written_as_usual()
    {
        var calls = 0;
        var commit = new GroupCommit<int, int>(items => ++calls == 1
            ? Task.FromException<IReadOnlyList<int>>(new InvalidOperationException("disk full"))
            : Task.FromResult<IReadOnlyList<int>>([.. items]), maxBatch: 10);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => commit.SubmitAsync(1, CancellationToken.None).WaitAsync(Patience));
        var later = await commit.SubmitAsync(2, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal("disk full", failed.Message);
        Assert.Equal(2, later);
    }
}
