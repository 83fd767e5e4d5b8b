using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
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
}
