using Microsoft.Extensions.Options;

namespace NewsBot.Announcements;

[OptionsValidator]
internal sealed partial class AnnouncementOptionsRangeValidator : IValidateOptions<AnnouncementOptions>;

/// <summary>The ranges (generated) plus: a publish must end before its claim can be taken over.</summary>
internal sealed class AnnouncementOptionsValidator : IValidateOptions<AnnouncementOptions>
{
    private readonly AnnouncementOptionsRangeValidator _ranges = new();

    public ValidateOptionsResult Validate(string? name, AnnouncementOptions options)
    {
        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
            return ranges;
        return options.PublishTimeout < options.ClaimLease
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Announcements:PublishTimeout must be shorter than Announcements:ClaimLease.");
    }
}
