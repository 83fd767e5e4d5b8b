using System.Net;
using System.Net.Sockets;

namespace NewsBot.Web.Fetching;

/// <summary>
/// The connect step of every request: resolves the host itself, refuses when any of its addresses is forbidden,
/// connects only to the checked addresses and checks the address the socket is actually connected to. Because this
/// runs for every new connection, a redirect to another host (or a DNS answer that changed) is judged again.
/// </summary>
internal sealed class GuardedConnector(IHostResolver resolver, bool allowLoopback)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = await ResolveAsync(host, cancellationToken);
        foreach (var address in addresses)
        {
            if (AddressPolicy.RefusalOf(address, allowLoopback) is { } why)
                throw new FetchRefusedException(FetchFailureReason.ForbiddenAddress, Describe(host, address, why));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            var connected = ((IPEndPoint)socket.RemoteEndPoint!).Address;
            if (AddressPolicy.RefusalOf(connected, allowLoopback) is { } why)
                throw new FetchRefusedException(FetchFailureReason.ForbiddenAddress, Describe(host, connected, why));
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
            return [literal];
        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }
        catch (SocketException e)
        {
            // "Try again" (EAI_AGAIN) and a network that is down say nothing about the name; only an answer does.
            var reason = e.SocketErrorCode is SocketError.TryAgain or SocketError.TimedOut or SocketError.NetworkDown or SocketError.NetworkUnreachable
                ? FetchFailureReason.NameLookupFailed
                : FetchFailureReason.HostNotFound;
            throw new FetchRefusedException(reason, $"{host}: {e.SocketErrorCode}");
        }

        return addresses.Length > 0
            ? addresses
            : throw new FetchRefusedException(FetchFailureReason.HostNotFound, $"{host}: no address");
    }

    private static string Describe(string host, IPAddress address, string why) =>
        IPAddress.TryParse(host, out _) ? $"{address} is {why}" : $"{host} resolves to {address}, {why}";
}
