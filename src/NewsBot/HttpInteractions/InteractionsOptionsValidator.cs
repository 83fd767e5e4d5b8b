using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Operations;

namespace NewsBot.HttpInteractions;

/// <summary>In Http and Both mode the endpoint needs a listen URL, a path and the application's public key.</summary>
internal sealed class InteractionsOptionsValidator : IValidateOptions<InteractionsOptions>
{
    private const string Prefix = InteractionsOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, InteractionsOptions options)
    {
        if (!Enum.IsDefined(options.Mode))
            return ValidateOptionsResult.Fail($"{Prefix}{nameof(InteractionsOptions.Mode)} must be Gateway, Http or Both");
        if (options.Mode == InteractionMode.Gateway)
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        var mode = $"with {Prefix}{nameof(InteractionsOptions.Mode)} {options.Mode}";
        if (string.IsNullOrWhiteSpace(options.ListenUrl) || !OperationsOptionsValidator.TryParse(options.ListenUrl, out _))
        {
            failures.Add($"{Prefix}{nameof(InteractionsOptions.ListenUrl)} is '{options.ListenUrl}', but {mode} it must be an http URL of an IP " +
                "address or localhost with a port and no path, such as http://127.0.0.1:8080 (0.0.0.0 for every interface, port 0 for a free one)");
        }
        if (!IsPath(options.Path))
        {
            failures.Add($"{Prefix}{nameof(InteractionsOptions.Path)} is '{options.Path}', but it must be a URL path starting with /, " +
                "such as /interactions (letters, digits and - . _ ~ / only)");
        }
        if (!HttpInteractionReceiver.IsValidPublicKey(options.PublicKey))
        {
            failures.Add($"{Prefix}{nameof(InteractionsOptions.PublicKey)} is {(string.IsNullOrWhiteSpace(options.PublicKey) ? "empty" : $"'{options.PublicKey}'")}, " +
                $"but {mode} it must be the application's public key: the 64 hex digits shown under General Information in the Developer Portal");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A plain absolute path (no query, no escapes), at most 200 characters.</summary>
    public static bool IsPath(string? path) =>
        path is { Length: > 0 and <= 200 } && path[0] == '/' && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/');
}
