using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class RequestTimeoutsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_token_is_cancelled_once_the_timeout_passes()
    {
        var timeouts = new RequestTimeouts(TimeSpan.FromSeconds(5), _time);
        using var scope = timeouts.Start(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(scope.Token.IsCancellationRequested);
        _time.Advance(TimeSpan.FromSeconds(0.2));

        Assert.True(scope.Token.IsCancellationRequested);
        Assert.True(scope.TimedOut(CancellationToken.None));
    }

    [Fact]
    public void The_callers_cancellation_cancels_the_token_without_counting_as_a_timeout()
    {
        var timeouts = new RequestTimeouts(TimeSpan.FromSeconds(5), _time);
        using var caller = new CancellationTokenSource();
        using var scope = timeouts.Start(caller.Token);

        caller.Cancel();

        Assert.True(scope.Token.IsCancellationRequested);
        Assert.False(scope.TimedOut(caller.Token));
    }

    [Fact]
    public void A_finished_request_hands_its_unfired_source_to_the_next_one()
    {
        // The system clock's timers can be reset for reuse (a test clock's cannot, so its sources are simply not reused).
        var timeouts = new RequestTimeouts(TimeSpan.FromMinutes(5), TimeProvider.System);
        CancellationToken first;
        using (var scope = timeouts.Start(CancellationToken.None))
            first = scope.Token;

        using var next = timeouts.Start(CancellationToken.None);

        Assert.Equal(first, next.Token);
        Assert.False(next.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_source_that_fired_is_never_handed_out_again()
    {
        var timeouts = new RequestTimeouts(TimeSpan.FromSeconds(5), _time);
        using (var scope = timeouts.Start(CancellationToken.None))
            _time.Advance(TimeSpan.FromSeconds(6));

        using var next = timeouts.Start(CancellationToken.None);

        Assert.False(next.Token.IsCancellationRequested);
    }
}
