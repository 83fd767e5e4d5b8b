using NewsBot.Announcements;

namespace NewsBot.Tests.Announcements;

public sealed class DailyHousekeepingTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly DailyHousekeeping _housekeeping = new();
    private int _runs;

    private Task<int?> RoundAsync(DateTimeOffset now) => _housekeeping.RunIfDueAsync(now, () => Task.FromResult(++_runs));

    [Fact]
    public async Task Runs_at_the_first_round_then_not_again_until_a_day_later()
    {
        Assert.Equal(1, await RoundAsync(Start));
        Assert.Null(await RoundAsync(Start.AddMinutes(30)));
        Assert.Null(await RoundAsync(Start.AddDays(1).AddTicks(-1)));
        Assert.Equal(2, await RoundAsync(Start.AddDays(1)));
        Assert.Null(await RoundAsync(Start.AddDays(1).AddHours(23)));
        Assert.Equal(2, _runs);
    }

    [Fact]
    public async Task A_failed_run_is_tried_again_at_the_next_round()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _housekeeping.RunIfDueAsync<int>(Start, () => throw new InvalidOperationException("database down")));

        Assert.Equal(1, await RoundAsync(Start.AddSeconds(30)));
        Assert.Null(await RoundAsync(Start.AddMinutes(1)));
    }
}
