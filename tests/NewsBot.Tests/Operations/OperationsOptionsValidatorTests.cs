using System.Net;
using NewsBot.Operations;

namespace NewsBot.Tests.Operations;

public sealed class OperationsOptionsValidatorTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", null, null)]
    [InlineData("http://127.0.0.1:9090", "127.0.0.1", 9090)]
    [InlineData("http://127.0.0.1:0/", "127.0.0.1", 0)]
    [InlineData("http://localhost:9090", "127.0.0.1", 9090)]
    [InlineData("http://0.0.0.0:9464", "0.0.0.0", 9464)]
    [InlineData("http://[::1]:9090", "::1", 9090)]
    [InlineData("http://127.0.0.1", "127.0.0.1", 80)]
    public void A_listen_url_of_an_ip_address_or_localhost_with_a_port_is_accepted(string? url, string? address, int? port)
    {
        var result = new OperationsOptionsValidator().Validate(null, new OperationsOptions { ListenUrl = url });

        Assert.True(result.Succeeded, result.FailureMessage);
        if (url is { Length: > 0 })
        {
            Assert.True(OperationsOptionsValidator.TryParse(url, out var endpoint));
            Assert.Equal(new IPEndPoint(IPAddress.Parse(address!), port!.Value), endpoint);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:70000")]
    [InlineData("http://127.0.0.1:-1")]
    [InlineData("9090")]
    [InlineData("127.0.0.1:9090")]
    [InlineData("https://127.0.0.1:9090")]
    [InlineData("http://127.0.0.1:9090/metrics")]
    [InlineData("http://example.org:9090")]
    [InlineData("http://127.0.0.1:90a")]
    public void Anything_else_is_refused_naming_the_setting_the_value_and_an_example(string url)
    {
        var result = new OperationsOptionsValidator().Validate(null, new OperationsOptions { ListenUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("Operations:ListenUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains($"'{url}'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9090", result.FailureMessage, StringComparison.Ordinal);
    }
}
