using NewsBot.Core.Documents;
using NewsBot.Core.Validation;

namespace NewsBot.Core.Tests.Validation;

public sealed class TimeSpanRangeAttributeTests
{
    [Theory]
    [InlineData("00:00:00.999", false)]
    [InlineData("00:00:01", true)]
    [InlineData("00:30:00", true)]
    [InlineData("01:00:00", true)]
    [InlineData("01:00:00.001", false)]
    public void Accepts_exactly_the_spans_within_its_bounds(string span, bool valid)
    {
        var range = new TimeSpanRangeAttribute("00:00:01", "01:00:00");

        Assert.Equal(valid, range.IsValid(TimeSpan.Parse(span, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Leaves_an_absent_value_to_Required()
    {
        Assert.True(new TimeSpanRangeAttribute("00:00:01", "01:00:00").IsValid(null));
    }

    [Fact]
    public void A_documents_setting_out_of_range_fails_validation_with_the_usual_message()
    {
        var result = new DocumentsOptionsValidator().Validate(null, new DocumentsOptions { Debounce = TimeSpan.FromMinutes(5) });

        Assert.True(result.Failed);
        Assert.Contains("The field DocumentsOptions.Debounce must be between 00:00:00 and 00:01:00.", result.FailureMessage, StringComparison.Ordinal);
    }
}
