using Microsoft.Extensions.Options;

namespace NewsBot.Announcements;

[OptionsValidator]
internal sealed partial class AnnouncementOptionsRangeValidator : IValidateOptions<AnnouncementOptions>;

/// <summary>The ranges (generated) plus: a publish ends before its claim can be taken over, which happens within the nonce window.</summary>
internal sealed class AnnouncementOptionsValidator : IValidateOptions<AnnouncementOptions>
{
    private readonly AnnouncementOptionsRangeValidator _ranges = new();

    public ValidateOptionsResult Validate(string? name, AnnouncementOptions options)
    {
        var ranges = _ranges.Validate(name, options);
        if (ranges.Failed)
            return ranges;
        if (options.PublishTimeout >= options.ClaimLease)
            return ValidateOptionsResult.Fail("Announcements:PublishTimeout must be shorter than Announcements:ClaimLease.");
        return options.ClaimLease < options.NonceWindow
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Announcements:ClaimLease must be shorter than Announcements:NonceWindow.");
    }
}
