using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class ConfigurationWatchingTests
{
    [Fact]
    public void The_settings_files_are_read_at_start_and_not_watched_over_the_whole_working_directory()
    {
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = "t" });

        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<JsonConfigurationSource>().ToList();

        Assert.Contains(files, f => f.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.ReloadOnChange, f.Path));
    }

    [Fact]
    public async Task An_embedded_web_app_reads_and_watches_no_settings_files_and_serves_its_endpoints()
    {
        await using var app = await EmbeddedWebApp.StartAsync(
            "Test:ListenUrl", "http://127.0.0.1:0", "http://127.0.0.1:9090", _ => { },
            web => web.MapGet("/ping", () => Results.Text("pong")), CancellationToken.None);

        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        Assert.DoesNotContain(configuration.Providers, p => p is FileConfigurationProvider);
        using var http = new HttpClient();
        Assert.Equal("pong", await http.GetStringAsync(new Uri(app.Address, "/ping")));
    }
}
