using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace NewsBot.Core.Validation;

/// <summary>
/// A <see cref="TimeSpan"/> setting must lie within [minimum, maximum] (constant "c" format, e.g. "00:00:01").
/// Replaces <c>[Range(typeof(TimeSpan), …)]</c>, which converts its bounds by reflection and so cannot be trimmed or
/// compiled ahead of time; the message reads the same.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute
{
    public TimeSpan Minimum { get; } = TimeSpan.ParseExact(minimum, "c", CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.ParseExact(maximum, "c", CultureInfo.InvariantCulture);

    public override bool IsValid(object? value) => value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    public override string FormatErrorMessage(string name) => string.Create(CultureInfo.InvariantCulture,
        $"The field {name} must be between {Minimum:c} and {Maximum:c}.");
}
