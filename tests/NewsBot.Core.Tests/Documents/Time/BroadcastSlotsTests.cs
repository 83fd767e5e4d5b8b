using NewsBot.Core.Documents.Time;

namespace NewsBot.Core.Tests.Documents.Time;

/// <summary>How an announced time is placed on the calendar: zone, missing year, missing parts.</summary>
public sealed class BroadcastSlotsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 17, 0, 0, TimeSpan.Zero);

    private static BroadcastTime Time(AnnouncedDate? date, TimeOnly? from, TimeOnly? to = null, string? zone = null, DayOfWeek? weekday = null) =>
        new(new AnnouncedMoment(date, from, zone, weekday), to is null ? null : new AnnouncedMoment(date, to, zone, weekday), "test", 1);

    [Fact]
    public void A_full_date_and_time_is_an_instant_in_the_default_zone()
    {
        var slot = BroadcastSlots.Resolve(Time(new(2024, 9, 15), new(21, 45), new(23, 0)), "Europe/Berlin", Now);

        Assert.Equal(new BroadcastSlot.At(new(2024, 9, 15, 19, 45, 0, TimeSpan.Zero), new(2024, 9, 15, 21, 0, 0, TimeSpan.Zero), "Europe/Berlin"), slot);
    }

    [Fact]
    public void A_zone_written_after_the_time_wins_over_the_default()
    {
        var slot = Assert.IsType<BroadcastSlot.At>(BroadcastSlots.Resolve(Time(new(2025, 7, 14), new(10, 0), zone: "EDT"), "Europe/Berlin", Now));

        Assert.Equal(new DateTimeOffset(2025, 7, 14, 14, 0, 0, TimeSpan.Zero), slot.StartsAt);
        Assert.Equal("America/New_York", slot.ZoneId);
    }

    [Theory]
    [InlineData(3, 9, "2025-03-09")]
    [InlineData(12, 20, "2024-12-20")]
    [InlineData(9, 1, "2025-09-01")]
    public void A_date_without_a_year_is_its_nearest_occurrence(int month, int day, string expected)
    {
        var slot = Assert.IsType<BroadcastSlot.OnDay>(BroadcastSlots.Resolve(Time(new(null, month, day), null), "Europe/Berlin", Now));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), slot.Day);
    }

    [Fact]
    public void A_written_weekday_picks_the_year_in_which_the_date_falls_on_it()
    {
        // "Dienstag, 13. Juni": 13 June was a Tuesday in 2023 (and will be in 2028).
        var slot = Assert.IsType<BroadcastSlot.At>(BroadcastSlots.Resolve(Time(new(null, 6, 13), new(22, 50), weekday: DayOfWeek.Tuesday), "Europe/Berlin", Now));

        Assert.Equal(new DateTimeOffset(2023, 6, 13, 20, 50, 0, TimeSpan.Zero), slot.StartsAt);
    }

    [Fact]
    public void A_time_without_a_date_stays_a_wall_clock_time_in_its_zone()
    {
        Assert.Equal(new BroadcastSlot.AtClock(new(21, 0), null, "Europe/Berlin", null), BroadcastSlots.Resolve(Time(null, new(21, 0)), "Europe/Berlin", Now));
        Assert.Equal(new BroadcastSlot.AtClock(new(10, 0), null, "America/New_York", "EDT"), BroadcastSlots.Resolve(Time(null, new(10, 0), zone: "EDT"), "Europe/Berlin", Now));
    }

    [Theory]
    [InlineData(21, 0, "2025-03-04T20:00:00+00:00")] // 21:00 in Berlin is still to come at 18:00 Berlin time
    [InlineData(9, 30, "2025-03-05T08:30:00+00:00")] // 9:30 has passed today: tomorrow
    public void The_next_occurrence_of_a_wall_clock_time_is_today_or_tomorrow(int hour, int minute, string expected)
    {
        var next = BroadcastSlots.NextOccurrence(new BroadcastSlot.AtClock(new(hour, minute), new(23, 0), "Europe/Berlin", null), Now);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next?.StartsAt);
        Assert.True(next?.EndsAt > next?.StartsAt);
    }

    [Fact]
    public void An_end_before_the_start_is_on_the_next_day()
    {
        var slot = Assert.IsType<BroadcastSlot.At>(BroadcastSlots.Resolve(Time(new(2025, 3, 12), new(23, 30), new(0, 30)), "Europe/Berlin", Now));

        Assert.Equal(new DateTimeOffset(2025, 3, 12, 23, 30, 0, TimeSpan.Zero), slot.EndsAt);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_keeps_only_its_day()
    {
        Assert.Equal(new BroadcastSlot.OnDay(new(2026, 3, 29)), BroadcastSlots.Resolve(Time(new(2026, 3, 29), new(2, 30)), "Europe/Berlin", Now));
    }
}
