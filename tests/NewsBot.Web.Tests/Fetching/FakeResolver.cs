using System.Net;
using System.Net.Sockets;
using NewsBot.Web.Fetching;

namespace NewsBot.Web.Tests.Fetching;

/// <summary>
/// A DNS that answers what the test says: a name that resolves into a private network, or nothing (with
/// <paramref name="failure"/>: "host not found" unless the test makes the resolver itself fail).
/// </summary>
internal sealed class FakeResolver(Dictionary<string, IPAddress[]> answers, SocketError failure = SocketError.HostNotFound) : IHostResolver
{
    public List<string> Asked { get; } = [];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Asked.Add(host);
        return answers.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)failure));
    }
}
