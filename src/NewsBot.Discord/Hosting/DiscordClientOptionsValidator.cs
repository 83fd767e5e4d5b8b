using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Hosting;

/// <summary>The rules data annotations cannot state; runs at start.</summary>
internal sealed class DiscordClientOptionsValidator : IValidateOptions<DiscordClientOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        var failures = new List<string>();
        if (options.ConnectGateway && string.IsNullOrWhiteSpace(options.Token))
            failures.Add("Discord:Token is required when Discord:ConnectGateway is true (set it via environment or user secrets).");
        if (options.Token is { } token && token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            failures.Add("Discord:Token must be the bare token, without the 'Bot ' prefix.");
        if (!options.RestBaseUrl.IsAbsoluteUri || options.RestBaseUrl.Scheme is not ("http" or "https"))
            failures.Add("Discord:RestBaseUrl must be an absolute http(s) URL.");
        if (options.ShardIds is { } ids)
        {
            var count = options.ShardCount;
            if (count is null)
                failures.Add("Discord:ShardIds needs Discord:ShardCount.");
            else if (ids.Any(id => id < 0 || id >= count))
                failures.Add($"Discord:ShardIds must lie in 0..{count - 1}.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
