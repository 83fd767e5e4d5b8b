using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Hosting;

/// <summary>The data annotations (checked by generated code: no reflection, so the client can be trimmed and compiled ahead of time).</summary>
[OptionsValidator]
internal sealed partial class DiscordClientOptionsAnnotationsValidator : IValidateOptions<DiscordClientOptions>;

/// <summary>The annotations, the time ranges, and the rules annotations cannot state; runs at start.</summary>
internal sealed class DiscordClientOptionsValidator : IValidateOptions<DiscordClientOptions>
{
    private readonly DiscordClientOptionsAnnotationsValidator _annotations = new();

    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        var failures = new List<string>();
        if (_annotations.Validate(name, options) is { Failed: true, Failures: { } annotationFailures })
            failures.AddRange(annotationFailures);
        CheckRange(failures, nameof(options.InteractionDeferAfter), options.InteractionDeferAfter, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(2900));
        CheckRange(failures, nameof(options.RequestTimeout), options.RequestTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        CheckRange(failures, nameof(options.TransientRetryBaseDelay), options.TransientRetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        CheckRange(failures, nameof(options.MaxReconnectDelay), options.MaxReconnectDelay, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
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

    private static void CheckRange(List<string> failures, string setting, TimeSpan value, TimeSpan minimum, TimeSpan maximum)
    {
        if (value < minimum || value > maximum)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Discord:{setting} must be between {minimum:g} and {maximum:g}."));
    }
}
