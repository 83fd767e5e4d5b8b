using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord;
using NewsBot.DiscordAdapters;
using NewsBot.Hosting;
using NewsBot.HttpInteractions;
using NewsBot.Operations;
using NewsBot.Storage;

namespace NewsBot.Tests.Hosting;

public sealed class ExampleSettingsTests
{
    private static string ExamplePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "appsettings.example.json")))
            directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("appsettings.example.json not found"), "appsettings.example.json");
    }

    [Fact]
    public void The_example_lists_every_setting_of_every_options_class()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ExamplePath()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        foreach (var (type, section) in SettingsSections.All)
        {
            Assert.True(document.RootElement.TryGetProperty(section, out var json), $"section {section} is missing");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.PropertyType.IsGenericType))
                Assert.True(json.TryGetProperty(property.Name, out _), $"{section}:{property.Name} is missing from appsettings.example.json");
        }
        Assert.True(document.RootElement.TryGetProperty("Logging", out _));
    }

    [Fact]
    public void The_example_loads_with_the_code_defaults_and_passes_the_start_up_validation()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(ExamplePath())
            .AddInMemoryCollection([new("Discord:Token", "token-for-the-test")])
            .Build();
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = "token-for-the-test" });
        builder.Configuration.AddConfiguration(configuration);
        using var services = builder.Services.BuildServiceProvider();

        Assert.Equivalent(new DocumentsOptions(), services.GetRequiredService<IOptions<DocumentsOptions>>().Value);
        Assert.Equivalent(new ScheduleOptions(), services.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        Assert.Equivalent(new StorageOptions(), services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Equivalent(new AnnouncementOptions(), services.GetRequiredService<IOptions<AnnouncementOptions>>().Value);
        Assert.Equivalent(new BotOptions(), services.GetRequiredService<IOptions<BotOptions>>().Value);
        Assert.Equivalent(new OperationsOptions(), services.GetRequiredService<IOptions<OperationsOptions>>().Value);
        Assert.Equivalent(new InteractionsOptions(), services.GetRequiredService<IOptions<InteractionsOptions>>().Value);
        Assert.Equivalent(new NewsBot.Companion.CompanionOptions(), services.GetRequiredService<IOptions<NewsBot.Companion.CompanionOptions>>().Value);
        var discord = services.GetRequiredService<IOptions<DiscordClientOptions>>().Value;
        Assert.Equivalent(new DiscordClientOptions { Token = "token-for-the-test" }, discord);
    }

    [Fact]
    public void Command_guilds_and_the_token_come_from_environment_style_keys()
    {
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "from-the-environment",
            ["Bot:CommandGuildIds:0"] = "123456789012345678",
            ["Bot:CommandGuildIds:1"] = "223456789012345678",
        });
        using var services = builder.Services.BuildServiceProvider();

        Assert.Equal([123456789012345678UL, 223456789012345678UL], services.GetRequiredService<IOptions<BotOptions>>().Value.CommandGuildIds);
        Assert.Equal("from-the-environment", services.GetRequiredService<IOptions<DiscordClientOptions>>().Value.Token);
        Assert.Equal(new Uri("https://discord.com/api"), services.GetRequiredService<IOptions<DiscordClientOptions>>().Value.RestBaseUrl);
    }

    [Fact]
    public void Invalid_settings_are_described_in_one_paragraph_naming_the_section()
    {
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t",
            ["Storage:Provider"] = "Postgres",
            ["Storage:PostgresConnectionString"] = "",
        });
        using var services = builder.Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
        var text = StartupErrors.Describe(exception);

        Assert.StartsWith("NewsBot cannot start: the settings of Storage are invalid.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.Contains("appsettings.example.json", text, StringComparison.Ordinal);
    }
}
