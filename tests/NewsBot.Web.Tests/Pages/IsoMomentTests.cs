using NewsBot.Web.Pages;

namespace NewsBot.Web.Tests.Pages;

public class IsoMomentTests
{
    [Theory]
    [InlineData("2024-09-15", "2024-09-15")]
    [InlineData("2024-09-15T21:45", "2024-09-15T21:45")]
    [InlineData("2024-09-15 21:45:30.123", "2024-09-15T21:45")]
    [InlineData(" 2024-09-15T21:45:00+02:00 ", "2024-09-15T21:45")]
    [InlineData("2024-09-15T21:45Z", "2024-09-15T21:45")]
    public void A_schema_org_date_is_read_as_the_wall_clock_time_written(string value, string expected) =>
        Assert.Equal(expected, IsoMoment.Parse(value)?.ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-02-30")]
    [InlineData("2024-9-15")]
    [InlineData("15.09.2024")]
    [InlineData("2024-09-15T25:00")]
    [InlineData("٢٠٢٤-٠٩-١٥")]
    [InlineData("２０２４-０９-１５")]
    [InlineData("2024-09-15T21:45:00+02:00 and a very long tail")]
    public void Anything_else_is_no_date_and_never_an_exception(string? value) =>
        Assert.Null(IsoMoment.Parse(value));
}
