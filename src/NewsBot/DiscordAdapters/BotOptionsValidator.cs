using Microsoft.Extensions.Options;

namespace NewsBot.DiscordAdapters;

/// <summary>Checks what the binder cannot: every command guild is a Discord id (0 never is); the registration delay is 0 to 10 minutes.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    /// <summary>The longest <see cref="BotOptions.CommandRegistrationDelay"/>: longer would leave new commands unregistered for no gain.</summary>
    public static readonly TimeSpan MaxRegistrationDelay = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.CommandGuildIds.Contains(0UL))
            return ValidateOptionsResult.Fail($"{BotOptions.Section}:{nameof(BotOptions.CommandGuildIds)} must list Discord guild ids; 0 is not one.");
        if (options.CommandRegistrationDelay < TimeSpan.Zero || options.CommandRegistrationDelay > MaxRegistrationDelay)
        {
            return ValidateOptionsResult.Fail(
                $"{BotOptions.Section}:{nameof(BotOptions.CommandRegistrationDelay)} must be between 00:00:00 and {MaxRegistrationDelay:c}, not {options.CommandRegistrationDelay:c}.");
        }
        return ValidateOptionsResult.Success;
    }
}
