using NewsBot.Core.Schedule;

namespace NewsBot.Core.Tests.Schedule;

public sealed class StreamScheduleExtensionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 30, 0, TimeSpan.Zero);

    private sealed class Fixed(params StreamEntry[] streams) : IStreamSchedule
    {
        public IReadOnlyList<StreamEntry> Streams { get; } = streams;

        public event EventHandler? Changed { add { } remove { } }
    }

    private static StreamEntry Entry(string id, int startMinutes, int? endMinutes = null) =>
        new(id, Now.AddMinutes(startMinutes), endMinutes is { } e ? Now.AddMinutes(e) : null, null, "Europe/Berlin");

    [Fact]
    public void The_running_stream_comes_before_the_next_and_ended_ones_are_gone()
    {
        var schedule = new Fixed(Entry("over", -120, -60), Entry("running", -15), Entry("next", 60), Entry("later", 120));

        Assert.Equal("running", schedule.CurrentOrNext(Now)!.DiscussionId);
        Assert.Equal(["running", "next", "later"], schedule.Upcoming(Now).Select(s => s.DiscussionId));
        Assert.Equal("later", schedule.NextOf("later", Now)!.DiscussionId);
        Assert.Null(schedule.NextOf("over", Now));
        Assert.Null(new Fixed().CurrentOrNext(Now));
    }
}
