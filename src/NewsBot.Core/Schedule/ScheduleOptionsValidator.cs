using Microsoft.Extensions.Options;

namespace NewsBot.Core.Schedule;

/// <summary>Checks the ranges (generated) and that the default time zone exists on this machine.</summary>
[OptionsValidator]
internal sealed partial class ScheduleOptionsRangeValidator : IValidateOptions<ScheduleOptions>;

internal sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    private readonly ScheduleOptionsRangeValidator _ranges = new();

    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
            return ranges;
        return TimeZoneLookup.TryFind(options.DefaultTimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Schedule:DefaultTimeZone '{options.DefaultTimeZone}' is not a known IANA time zone (e.g. Europe/Berlin).");
    }
}
