using NewsBot.Core.Schedule;

namespace NewsBot.Core.Tests.Schedule;

public sealed class StreamScheduleParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static ScheduleParseResult Parse(string entries, Func<string, bool>? known = null) =>
        StreamScheduleParser.Parse("{ \"streams\": [" + entries + "] }", "Europe/Berlin", known ?? (_ => true), Now, TimeSpan.FromHours(1));

    private static StreamEntry Single(string entry)
    {
        var parsed = Assert.IsType<ScheduleParseResult.Parsed>(Parse(entry));
        return Assert.Single(parsed.Streams);
    }

    private static string Error(string entry) =>
        Assert.Single(Assert.IsType<ScheduleParseResult.Rejected>(Parse(entry)).Errors);

    [Theory]
    [InlineData("2026-12-03T20:15", null, "2026-12-03T19:15:00Z")]                 // winter, CET +1
    [InlineData("2026-07-01T20:15", null, "2026-07-01T18:15:00Z")]                 // summer, CEST +2
    [InlineData("2026-12-03T20:15:30", null, "2026-12-03T19:15:30Z")]
    [InlineData("2026-12-03T20:15+05:30", null, "2026-12-03T14:45:00Z")]           // explicit offset wins
    [InlineData("2026-12-03T20:15Z", null, "2026-12-03T20:15:00Z")]
    [InlineData("2026-12-03T20:15", "America/New_York", "2026-12-04T01:15:00Z")]
    [InlineData("2026-03-29T03:00", null, "2026-03-29T01:00:00Z")]                 // right after the spring gap
    [InlineData("2026-10-25T02:30", null, "2026-10-25T00:30:00Z")]                 // autumn overlap: first occurrence (CEST)
    [InlineData("2026-10-25T02:30+01:00", null, "2026-10-25T01:30:00Z")]           // second occurrence by explicit offset
    public void Resolves_start_times_to_utc(string start, string? zone, string expectedUtc)
    {
        var zonePart = zone is null ? "" : $", \"timeZone\": \"{zone}\"";
        var stream = Single($$"""{ "discussion": "d1", "start": "{{start}}"{{zonePart}} }""");

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), stream.StartsAt);
        Assert.Equal(TimeSpan.Zero, stream.StartsAt.Offset);
        Assert.Equal(zone ?? "Europe/Berlin", stream.TimeZoneId);
    }

    [Fact]
    public void Keeps_end_and_link()
    {
        var stream = Single("""{ "discussion": "d1", "start": "2026-12-03T20:15", "end": "2026-12-03T21:00", "link": "https://example.org/live" }""");

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.Zero), stream.EndsAt);
        Assert.Equal(new Uri("https://example.org/live"), stream.Link);
    }

    [Theory]
    [InlineData("""{ "discussion": "d1", "start": "2026-03-29T02:30" }""", "stream #1 (d1): field \"start\": 2026-03-29T02:30 does not exist in Europe/Berlin")]
    [InlineData("""{ "discussion": "d1", "start": "2026-12-03T20:15", "timeZone": "Mars/Olympus" }""", "stream #1 (d1): field \"timeZone\": 'Mars/Olympus' is not a known IANA time zone")]
    [InlineData("""{ "discussion": "d1", "start": "2026-12-03T20:15", "end": "2026-12-03T20:00" }""", "stream #1 (d1): field \"end\"")]
    [InlineData("""{ "discussion": "d1", "start": "2026-12-03T20:15", "link": "ftp://example.org" }""", "stream #1 (d1): field \"link\": 'ftp://example.org' is not an absolute http(s) URL")]
    [InlineData("""{ "discussion": "d1", "start": "2026-12-03T20:15", "link": "not a link" }""", "stream #1 (d1): field \"link\"")]
    [InlineData("""{ "discussion": "d1", "start": "tomorrow evening" }""", "stream #1 (d1): field \"start\": 'tomorrow evening' is not a time")]
    [InlineData("""{ "discussion": "d1" }""", "stream #1 (d1): field \"start\" is missing")]
    [InlineData("""{ "start": "2026-12-03T20:15" }""", "stream #1: field \"discussion\" is missing")]
    [InlineData("""{ "discussion": "d1", "start": "2026-12-03T20:15", "strat": "x" }""", "stream #1 (d1): unknown field \"strat\"")]
    public void Rejects_a_bad_entry_naming_the_entry_and_field(string entry, string expectedStart)
    {
        Assert.StartsWith(expectedStart, Error(entry), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_invalid_json_with_its_line()
    {
        var result = StreamScheduleParser.Parse("{ \"streams\": [ {", "Europe/Berlin", _ => true, Now, TimeSpan.FromHours(1));

        Assert.Contains("not valid JSON", Assert.IsType<ScheduleParseResult.Rejected>(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_an_unknown_discussion_with_a_warning_and_keeps_the_rest()
    {
        var result = Parse(
            """{ "discussion": "gone", "start": "2026-12-03T20:15" }, { "discussion": "d1", "start": "2026-12-04T20:15" }""",
            id => id == "d1");

        var parsed = Assert.IsType<ScheduleParseResult.Parsed>(result);
        Assert.Equal("d1", Assert.Single(parsed.Streams).DiscussionId);
        Assert.Contains("stream #1 (gone)", Assert.Single(parsed.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_a_stream_that_is_over_but_keeps_one_that_is_running()
    {
        var result = Parse("""
            { "discussion": "over", "start": "2026-03-01T10:00Z", "end": "2026-03-01T11:00Z" },
            { "discussion": "running", "start": "2026-03-01T11:30Z", "end": "2026-03-01T13:00Z" },
            { "discussion": "running-no-end", "start": "2026-03-01T11:30Z" },
            { "discussion": "over-no-end", "start": "2026-03-01T10:30Z" }
            """);

        var parsed = Assert.IsType<ScheduleParseResult.Parsed>(result);
        Assert.Equal(["running", "running-no-end"], parsed.Streams.Select(s => s.DiscussionId));
        Assert.Equal(2, parsed.Warnings.Count);
    }

    [Fact]
    public void Orders_streams_by_start_and_accepts_a_bare_array()
    {
        var result = StreamScheduleParser.Parse(
            """[ { "discussion": "late", "start": "2026-12-05T20:15" }, { "discussion": "early", "start": "2026-12-03T20:15" } ]""",
            "Europe/Berlin", _ => true, Now, TimeSpan.FromHours(1));

        Assert.Equal(["early", "late"], Assert.IsType<ScheduleParseResult.Parsed>(result).Streams.Select(s => s.DiscussionId));
    }

    [Fact]
    public void The_shipped_schedule_is_valid_and_names_the_seed_document()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "config", "streams.json");
        var result = StreamScheduleParser.Parse(File.ReadAllText(path), "Europe/Berlin", id => id == "000_8dbe49e802ff1033", Now, TimeSpan.FromHours(1));

        var stream = Assert.Single(Assert.IsType<ScheduleParseResult.Parsed>(result).Streams);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 19, 15, 0, TimeSpan.Zero), stream.StartsAt);
    }
}
