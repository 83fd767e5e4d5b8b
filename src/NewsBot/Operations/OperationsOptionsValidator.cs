using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Operations;

internal sealed class OperationsOptionsValidator : IValidateOptions<OperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, OperationsOptions options) =>
        string.IsNullOrWhiteSpace(options.ListenUrl) || TryParse(options.ListenUrl, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Operations:ListenUrl is '{options.ListenUrl}', but it must be an http URL of an IP address or localhost with a port " +
                "from 0 to 65535 and no path, such as http://127.0.0.1:9090 (0.0.0.0 for every interface, port 0 for a free one), " +
                "or empty to serve no health and metrics port");

    /// <summary>The address and port of a valid <c>Operations:ListenUrl</c> (localhost is the IPv4 loopback).</summary>
    public static bool TryParse(string listenUrl, out IPEndPoint endpoint)
    {
        endpoint = null!;
        if (!Uri.TryCreate(listenUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp
            || url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
            return false;
        var address = url.IsLoopback && url.HostNameType == UriHostNameType.Dns ? IPAddress.Loopback
            : IPAddress.TryParse(url.Host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (address is null)
            return false;
        endpoint = new IPEndPoint(address, url.Port);
        return true;
    }
}
