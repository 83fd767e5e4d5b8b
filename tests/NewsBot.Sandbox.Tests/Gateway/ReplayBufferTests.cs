using NewsBot.Sandbox.Gateway;

namespace NewsBot.Sandbox.Tests.Gateway;

public sealed class ReplayBufferTests
{
    private static byte[] Dispatch(long seq) => [(byte)seq];

    [Fact]
    public void Replay_returns_every_dispatch_after_the_given_seq_in_order()
    {
        var buffer = new ReplayBuffer(10);
        for (var seq = 1; seq <= 5; seq++)
            buffer.Add(seq, Dispatch(seq));

        Assert.Equal([Dispatch(3), Dispatch(4), Dispatch(5)], buffer.After(2));
        Assert.Equal(1, buffer.OldestSeq);
    }

    [Fact]
    public void Once_full_the_oldest_dispatches_give_way_and_replay_stays_in_order_across_the_wrap()
    {
        var buffer = new ReplayBuffer(4);
        for (var seq = 1; seq <= 11; seq++)
            buffer.Add(seq, Dispatch(seq));

        Assert.Equal(4, buffer.Count);
        Assert.Equal(8, buffer.OldestSeq);
        Assert.Equal([Dispatch(8), Dispatch(9), Dispatch(10), Dispatch(11)], buffer.After(0));
        Assert.Equal([Dispatch(10), Dispatch(11)], buffer.After(9));
        Assert.Empty(buffer.After(11));
    }

    [Fact]
    public void An_empty_buffer_has_no_oldest_seq_and_replays_nothing()
    {
        var buffer = new ReplayBuffer(4);

        Assert.Null(buffer.OldestSeq);
        Assert.Empty(buffer.After(0));
    }
}
