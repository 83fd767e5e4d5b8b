using System.Net;
using System.Net.Sockets;

namespace NewsBot.Web.Fetching;

/// <summary>
/// Which addresses a fetch may connect to: public unicast only. Everything that reaches into the bot's own
/// machine or network (loopback, private ranges, link-local and the cloud metadata address in it, carrier-grade NAT,
/// unique-local IPv6, multicast, unspecified, broadcast, reserved) is refused, also when written as IPv4-mapped IPv6.
/// </summary>
public static class AddressPolicy
{
    private static readonly (IPAddress Network, int Prefix, string Kind)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8, "unspecified (this network)"),
        (IPAddress.Parse("10.0.0.0"), 8, "private (10.0.0.0/8)"),
        (IPAddress.Parse("100.64.0.0"), 10, "carrier-grade NAT (100.64.0.0/10)"),
        (IPAddress.Parse("127.0.0.0"), 8, "loopback"),
        (IPAddress.Parse("169.254.0.0"), 16, "link-local (169.254.0.0/16, cloud metadata)"),
        (IPAddress.Parse("172.16.0.0"), 12, "private (172.16.0.0/12)"),
        (IPAddress.Parse("192.0.0.0"), 24, "reserved (IETF protocol assignments)"),
        (IPAddress.Parse("192.168.0.0"), 16, "private (192.168.0.0/16)"),
        (IPAddress.Parse("198.18.0.0"), 15, "reserved (benchmarking)"),
        (IPAddress.Parse("224.0.0.0"), 4, "multicast"),
        (IPAddress.Parse("240.0.0.0"), 4, "reserved (240.0.0.0/4, broadcast)"),
    ];

    private static readonly (IPAddress Network, int Prefix, string Kind)[] RefusedV6 =
    [
        (IPAddress.Parse("fc00::"), 7, "unique local (fc00::/7)"),
        (IPAddress.Parse("fe80::"), 10, "link-local (fe80::/10)"),
        (IPAddress.Parse("fec0::"), 10, "site-local (fec0::/10)"),
        (IPAddress.Parse("ff00::"), 8, "multicast"),
        (IPAddress.Parse("64:ff9b:1::"), 48, "local-use NAT64 (64:ff9b:1::/48)"),
        (IPAddress.Parse("100::"), 64, "discard-only (100::/64)"),
        (IPAddress.Parse("2001:db8::"), 32, "documentation (2001:db8::/32)"),
    ];

    /// <summary>Why <paramref name="address"/> must not be connected to, or null when it may.</summary>
    public static string? RefusalOf(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            return RefusalOf(address.MapToIPv4(), allowLoopback) is { } mapped ? mapped + ", IPv4-mapped" : null;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            if (allowLoopback && IPAddress.IsLoopback(address))
                return null;
            return Match(address, RefusedV4);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return "not an IP address";
        if (address.Equals(IPAddress.IPv6Loopback))
            return allowLoopback ? null : "loopback";
        if (address.Equals(IPAddress.IPv6Any))
            return "unspecified";
        // ::a.b.c.d (IPv4-compatible, deprecated) and the NAT64 well-known prefix carry an IPv4 address inside.
        var bytes = address.GetAddressBytes();
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
            return "IPv4-compatible IPv6";
        if (InPrefix(bytes, IPAddress.Parse("64:ff9b::").GetAddressBytes(), 96))
            return RefusalOf(new IPAddress(bytes.AsSpan(12, 4)), allowLoopback: false) is { } inner ? inner + ", NAT64" : null;
        return Match(address, RefusedV6);
    }

    private static string? Match(IPAddress address, (IPAddress Network, int Prefix, string Kind)[] ranges)
    {
        var bytes = address.GetAddressBytes();
        foreach (var (network, prefix, kind) in ranges)
        {
            if (InPrefix(bytes, network.GetAddressBytes(), prefix))
                return kind;
        }

        return null;
    }

    private static bool InPrefix(byte[] address, byte[] network, int prefix)
    {
        if (address.Length != network.Length)
            return false;
        var whole = prefix / 8;
        if (!address.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
            return false;
        var rest = prefix % 8;
        if (rest == 0)
            return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (address[whole] & mask) == (network[whole] & mask);
    }
}
