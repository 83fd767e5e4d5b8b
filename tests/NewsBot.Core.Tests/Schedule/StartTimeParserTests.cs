using System.Globalization;
using NewsBot.Core.Schedule;

namespace NewsBot.Core.Tests.Schedule;

public sealed class StartTimeParserTests
{
    // Tuesday, 1 December 2026, 11:00 in Berlin.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2026-12-03 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("2026-12-03T20:15", "2026-12-03T19:15:00Z")]
    [InlineData("03.12.2026 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("3.12.26 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("3.12. 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("am 3.12. um 20:15 Uhr", "2026-12-03T19:15:00Z")]
    [InlineData("heute 20:15", "2026-12-01T19:15:00Z")]
    [InlineData("Heute um 20.15 Uhr", "2026-12-01T19:15:00Z")]
    [InlineData("morgen 18 Uhr", "2026-12-02T17:00:00Z")]
    [InlineData("morgen 18uhr", "2026-12-02T17:00:00Z")]
    [InlineData("übermorgen um 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("today 8pm", "2026-12-01T19:00:00Z")]
    [InlineData("tomorrow 6 pm", "2026-12-02T17:00:00Z")]
    [InlineData("tomorrow at 6:30 p.m.", "2026-12-02T17:30:00Z")]
    [InlineData("8 pm tomorrow", "2026-12-02T19:00:00Z")]
    [InlineData("tomorrow 8 am", "2026-12-02T07:00:00Z")]
    [InlineData("tomorrow 12 pm", "2026-12-02T11:00:00Z")]
    [InlineData("tomorrow 12 am", "2026-12-01T23:00:00Z")]
    [InlineData("Do 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("Do., 20:15", "2026-12-03T19:15:00Z")]
    [InlineData("Donnerstag, 20.15 Uhr", "2026-12-03T19:15:00Z")]
    [InlineData("Thursday 8:15 pm", "2026-12-03T19:15:00Z")]
    [InlineData("thu 8:15PM", "2026-12-03T19:15:00Z")]
    [InlineData("Di 12:00", "2026-12-01T11:00:00Z")]   // today is Tuesday and noon is still ahead
    [InlineData("Di 10:00", "2026-12-08T09:00:00Z")]   // today's 10:00 has passed: next Tuesday
    [InlineData("20:15", "2026-12-01T19:15:00Z")]      // a bare time: its next occurrence
    [InlineData("10:30", "2026-12-02T09:30:00Z")]
    [InlineData("1.1. 0:30", "2026-12-31T23:30:00Z")]  // a day without a year: its next occurrence
    [InlineData("2026-10-25 03:30", "2026-10-25T02:30:00Z")]
    public void Reads_what_moderators_type_in_the_zone_relative_to_now(string typed, string expectedUtc)
    {
        var understood = Assert.IsType<StartTimeResult.Understood>(StartTimeParser.Parse(typed, "Europe/Berlin", Now));

        Assert.Equal(Utc(expectedUtc), understood.StartsAt);
        Assert.Equal(TimeSpan.Zero, understood.StartsAt.Offset);
        Assert.Equal("Europe/Berlin", understood.TimeZoneId);
        Assert.False(understood.Ambiguous);
    }

    [Fact]
    public void Reads_the_wall_clock_time_in_the_given_zone()
    {
        var understood = Assert.IsType<StartTimeResult.Understood>(StartTimeParser.Parse("2026-12-03 20:15", "America/New_York", Now));

        Assert.Equal(Utc("2026-12-04T01:15:00Z"), understood.StartsAt);
        Assert.Equal(new DateTime(2026, 12, 3, 20, 15, 0), understood.Local);
    }

    [Fact]
    public void A_time_in_the_autumn_overlap_is_the_first_occurrence_and_flagged()
    {
        var understood = Assert.IsType<StartTimeResult.Understood>(StartTimeParser.Parse("2026-10-25 02:30", "Europe/Berlin", Now));

        Assert.Equal(Utc("2026-10-25T00:30:00Z"), understood.StartsAt);
        Assert.True(understood.Ambiguous);
        Assert.Equal("So., 25. Oktober 2026, 02:30 (Europe/Berlin, UTC+02:00)", StartTimeText.Describe(understood, german: true));
    }

    [Theory]
    [InlineData("", StartTimeProblem.Empty, null)]
    [InlineData("   ", StartTimeProblem.Empty, null)]
    [InlineData("soon", StartTimeProblem.NotUnderstood, "soon")]
    [InlineData("tomorrow evening", StartTimeProblem.NotUnderstood, "evening")]
    [InlineData("morgen", StartTimeProblem.NoTime, null)]
    [InlineData("3.12.2026", StartTimeProblem.NoTime, null)]
    [InlineData("31.02.2026 20:15", StartTimeProblem.NoSuchDate, "31.02.2026")]
    [InlineData("2026-13-01 20:15", StartTimeProblem.NoSuchDate, "2026-13-01")]
    [InlineData("32.1. 20:15", StartTimeProblem.NoSuchDate, "32.1.")]
    [InlineData("heute 25:00", StartTimeProblem.NoSuchDate, "25:00")]
    [InlineData("heute 20:75", StartTimeProblem.NoSuchDate, "20:75")]
    [InlineData("2026-03-29 02:30", StartTimeProblem.NonexistentLocalTime, "2026-03-29 02:30")]
    [InlineData("heute morgen 20:15", StartTimeProblem.NotUnderstood, "morgen")]
    [InlineData("20:15 21:00", StartTimeProblem.NotUnderstood, "21:00")]
    [InlineData("today 13 pm", StartTimeProblem.NotUnderstood, "pm")]
    [InlineData("today pm", StartTimeProblem.NotUnderstood, "pm")]
    [InlineData("uhr 20", StartTimeProblem.NotUnderstood, "uhr")]
    [InlineData("20:1", StartTimeProblem.NotUnderstood, "20:1")]
    [InlineData("3.12.202 20:15", StartTimeProblem.NotUnderstood, "3.12.202")]
    public void Rejects_what_is_not_a_start_time_and_says_why(string typed, StartTimeProblem problem, string? detail)
    {
        var rejected = Assert.IsType<StartTimeResult.Rejected>(StartTimeParser.Parse(typed, "Europe/Berlin", Now));

        Assert.Equal(problem, rejected.Problem);
        Assert.Equal(detail, rejected.Detail);
    }

    [Fact]
    public void Rejects_an_unknown_zone_and_an_overlong_input()
    {
        Assert.Equal(StartTimeProblem.UnknownTimeZone,
            Assert.IsType<StartTimeResult.Rejected>(StartTimeParser.Parse("heute 20:15", "Mars/Olympus", Now)).Problem);
        Assert.Equal(StartTimeProblem.TooLong,
            Assert.IsType<StartTimeResult.Rejected>(StartTimeParser.Parse(new string('1', StartTimeParser.MaxLength + 1), "Europe/Berlin", Now)).Problem);
    }

    [Theory]
    [InlineData(true, "Do., 3. Dezember 2026, 20:15 (Europe/Berlin)")]
    [InlineData(false, "Thu, December 3, 2026, 8:15 PM (Europe/Berlin)")]
    public void Writes_out_how_the_start_was_understood(bool german, string expected)
    {
        var understood = Assert.IsType<StartTimeResult.Understood>(StartTimeParser.Parse("3.12. 20:15", "Europe/Berlin", Now));

        Assert.Equal(expected, StartTimeText.Describe(understood, german));
    }

    [Fact]
    public void Writes_a_morning_time_and_another_zone()
    {
        Assert.Equal("Fri, January 1, 2027, 9:05 AM (America/New_York)",
            StartTimeText.Format(Utc("2027-01-01T14:05:00Z"), "America/New_York", german: false));
        Assert.Equal("Fr., 1. Januar 2027, 09:05 (America/New_York)",
            StartTimeText.Format(Utc("2027-01-01T14:05:00Z"), "America/New_York", german: true));
    }
}
