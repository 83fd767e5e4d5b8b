using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Config;
using NewsBot.Discord;
using NewsBot.DiscordAdapters;
using NewsBot.Hosting;

namespace NewsBot.Tests.HttpInteractions;

public sealed class InteractionsSettingsTests
{
    private const string Key = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

    private static (string? Paragraph, IServiceProvider? Services) StartWith(Dictionary<string, string?> settings)
    {
        settings["Discord:Token"] = "t";
        var builder = NewsBotHost.CreateBuilder([], settings);
        var host = builder.Build();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return (null, host.Services);
        }
        catch (Exception ex)
        {
            host.Dispose();
            return (StartupErrors.TryDescribe(ex, builder.Configuration) ?? throw new InvalidOperationException("not described", ex), null);
        }
    }

    [Theory]
    [InlineData("Http")]
    [InlineData("Both")]
    public void Http_mode_without_endpoint_or_public_key_stops_the_start_with_one_paragraph_naming_both(string mode)
    {
        var (paragraph, _) = StartWith(new() { ["Interactions:Mode"] = mode });

        Assert.NotNull(paragraph);
        Assert.StartsWith("NewsBot cannot start:", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paragraph);
        Assert.Contains("Interactions:ListenUrl", paragraph, StringComparison.Ordinal);
        Assert.Contains("Interactions:PublicKey is empty", paragraph, StringComparison.Ordinal);
        Assert.Contains("64 hex digits", paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Interactions:PublicKey", "not-a-key", "Interactions:PublicKey is 'not-a-key'")]
    [InlineData("Interactions:PublicKey", "3d4017c3e843895a92b70aa74d1b7ebc", "Interactions:PublicKey is '3d4017c3e843895a92b70aa74d1b7ebc'")]
    [InlineData("Interactions:ListenUrl", "https://example.org/bot", "Interactions:ListenUrl is 'https://example.org/bot'")]
    [InlineData("Interactions:Path", "interactions", "Interactions:Path is 'interactions'")]
    [InlineData("Interactions:Path", "/a?b=c", "Interactions:Path is '/a?b=c'")]
    public void A_wrong_endpoint_setting_in_http_mode_is_named_with_its_value(string key, string value, string expected)
    {
        var (paragraph, _) = StartWith(new()
        {
            ["Interactions:Mode"] = "Http",
            ["Interactions:ListenUrl"] = "http://127.0.0.1:0",
            ["Interactions:PublicKey"] = Key,
            [key] = value,
        });

        Assert.NotNull(paragraph);
        Assert.Contains(expected, paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Gateway_mode_ignores_the_endpoint_settings()
    {
        var (paragraph, services) = StartWith(new() { ["Interactions:PublicKey"] = "not-a-key" });

        Assert.Null(paragraph);
        var provider = services!;
        Assert.True(provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value.ConnectGateway);
        Assert.IsType<DiscordChannelPermissionProbe>(provider.GetRequiredService<IChannelPermissionProbe>());
        ((IDisposable)provider).Dispose();
    }

    [Theory]
    [InlineData("Http", false)]
    [InlineData("Both", true)]
    public void Http_mode_runs_without_the_gateway_and_reads_permissions_over_rest_while_both_keeps_the_gateway(string mode, bool gateway)
    {
        var (paragraph, services) = StartWith(new()
        {
            ["Interactions:Mode"] = mode,
            ["Interactions:ListenUrl"] = "http://127.0.0.1:0",
            ["Interactions:PublicKey"] = Key.ToUpperInvariant(),
            // An operator's explicit ConnectGateway does not bring the gateway back in Http mode.
            ["Discord:ConnectGateway"] = "true",
        });

        Assert.Null(paragraph);
        var provider = services!;
        Assert.Equal(gateway, provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value.ConnectGateway);
        Assert.Equal(gateway ? typeof(DiscordChannelPermissionProbe) : typeof(RestChannelPermissionProbe),
            provider.GetRequiredService<IChannelPermissionProbe>().GetType());
        ((IDisposable)provider).Dispose();
    }
}
