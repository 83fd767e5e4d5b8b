using System.Net;
using NewsBot.Web.Fetching;

namespace NewsBot.Web.Tests.Fetching;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private (10.0.0.0/8)")]
    [InlineData("10.255.255.255", "private (10.0.0.0/8)")]
    [InlineData("172.16.0.1", "private (172.16.0.0/12)")]
    [InlineData("172.31.255.254", "private (172.16.0.0/12)")]
    [InlineData("192.168.1.10", "private (192.168.0.0/16)")]
    [InlineData("fc00::1", "unique local (fc00::/7)")]
    [InlineData("fd12:3456::1", "unique local (fc00::/7)")]
    [InlineData("169.254.169.254", "link-local (169.254.0.0/16, cloud metadata)")]
    [InlineData("169.254.0.1", "link-local (169.254.0.0/16, cloud metadata)")]
    [InlineData("fe80::1", "link-local (fe80::/10)")]
    [InlineData("febf::1", "link-local (fe80::/10)")]
    [InlineData("100.64.0.1", "carrier-grade NAT (100.64.0.0/10)")]
    [InlineData("100.127.255.255", "carrier-grade NAT (100.64.0.0/10)")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified (this network)")]
    [InlineData("::", "unspecified")]
    [InlineData("255.255.255.255", "reserved (240.0.0.0/4, broadcast)")]
    [InlineData("::ffff:127.0.0.1", "loopback, IPv4-mapped")]
    [InlineData("::ffff:10.1.2.3", "private (10.0.0.0/8), IPv4-mapped")]
    [InlineData("::ffff:169.254.169.254", "link-local (169.254.0.0/16, cloud metadata), IPv4-mapped")]
    [InlineData("::ffff:192.168.0.1", "private (192.168.0.0/16), IPv4-mapped")]
    [InlineData("::127.0.0.1", "IPv4-compatible IPv6")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local (169.254.0.0/16, cloud metadata), NAT64")]
    public void An_address_inside_the_bots_own_network_is_refused_with_its_kind(string address, string kind)
    {
        Assert.Equal(kind, AddressPolicy.RefusalOf(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.255.255")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:93.184.215.14")]
    [InlineData("64:ff9b::5db8:d70e")]
    public void A_public_address_is_allowed(string address)
    {
        Assert.Null(AddressPolicy.RefusalOf(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void The_loopback_allowance_opens_only_loopback(string address)
    {
        Assert.Null(AddressPolicy.RefusalOf(IPAddress.Parse(address), allowLoopback: true));
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("0.0.0.0")]
    [InlineData("64:ff9b::7f00:1")]
    public void The_loopback_allowance_keeps_every_other_class_refused(string address)
    {
        Assert.NotNull(AddressPolicy.RefusalOf(IPAddress.Parse(address), allowLoopback: true));
    }
}
