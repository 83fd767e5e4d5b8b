using NewsBot.Commands.Config;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands.Config;

public sealed class ReminderStepsTests
{
    [Theory]
    [InlineData("60, 15, 0", new[] { 60, 15, 0 })]
    [InlineData("0,15,60", new[] { 60, 15, 0 })]
    [InlineData(" 30 ", new[] { 30 })]
    [InlineData("10080; 1440 5 1 0", new[] { 10080, 1440, 5, 1, 0 })]
    [InlineData("0", new[] { 0 })]
    public void Valid_steps_are_parsed_and_sorted_descending(string text, int[] minutes)
    {
        var parsed = Assert.IsType<ReminderStepsResult.Parsed>(ReminderSteps.Parse(text));

        Assert.Equal(minutes.Select(m => TimeSpan.FromMinutes(m)), parsed.Offsets);
    }

    [Theory]
    [InlineData("", ReminderStepsError.Empty, null)]
    [InlineData(" , ", ReminderStepsError.Empty, null)]
    [InlineData("15, soon", ReminderStepsError.NotANumber, "soon")]
    [InlineData("1.5", ReminderStepsError.NotANumber, "1.5")]
    [InlineData("-5", ReminderStepsError.OutOfRange, "-5")]
    [InlineData("10081", ReminderStepsError.OutOfRange, "10081")]
    [InlineData("99999999999", ReminderStepsError.OutOfRange, "99999999999")]
    [InlineData("1,2,3,4,5,6", ReminderStepsError.TooMany, null)]
    [InlineData("15, 0, 15", ReminderStepsError.Duplicate, "15")]
    public void Invalid_steps_are_refused_with_the_reason(string text, ReminderStepsError error, string? token)
    {
        var rejected = Assert.IsType<ReminderStepsResult.Rejected>(ReminderSteps.Parse(text));

        Assert.Equal(error, rejected.Error);
        Assert.Equal(token, rejected.Token);
    }

    [Fact]
    public void Steps_format_as_minutes()
    {
        Assert.Equal("60, 15, 0", ReminderSteps.Format([TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), TimeSpan.Zero]));
    }
}
