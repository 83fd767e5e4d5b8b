using Microsoft.Extensions.Options;

namespace NewsBot.DiscordAdapters;

/// <summary>Checks what the binder cannot: every command guild is a Discord id (0 never is).</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options) =>
        options.CommandGuildIds.Contains(0UL)
            ? ValidateOptionsResult.Fail($"{BotOptions.Section}:{nameof(BotOptions.CommandGuildIds)} must list Discord guild ids; 0 is not one.")
            : ValidateOptionsResult.Success;
}
