using Microsoft.Extensions.DependencyInjection;
using NewsBot.DiscordAdapters;
using NewsBot.Hosting;
using NewsBot.Hosting.Sandbox;
using NewsBot.Sandbox.Control;
using NewsBot.Settings;

namespace NewsBot.EndToEnd.Tests;

public sealed class SandboxModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-sandbox-mode-").FullName;

    [Fact]
    public async Task Without_a_token_the_bot_runs_against_its_embedded_sandbox_with_a_configured_guild()
    {
        var documents = Path.Combine(_folder, "documents");
        Directory.CreateDirectory(documents);
        await File.WriteAllTextAsync(Path.Combine(_folder, "streams.json"), """{ "streams": [] }""");
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "",
            ["Documents:Folder"] = documents,
            ["Schedule:File"] = Path.Combine(_folder, "streams.json"),
            ["Storage:Provider"] = "Sqlite",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        using var host = builder.Build();
        using var cts = new CancellationTokenSource(BotHarness.Patience);
        await host.StartAsync(cts.Token);
        try
        {
            var sandbox = host.Services.GetRequiredService<EmbeddedSandbox>().Server;
            Assert.Equal("127.0.0.1", sandbox.BaseUri.Host);
            Assert.True(await sandbox.Control.WaitForBotAsync(BotHarness.Patience));
            await host.Services.GetRequiredService<CommandRegistrationService>().FirstRegistration.WaitAsync(BotHarness.Patience);
            Assert.Equal(7, sandbox.Control.Commands().Count);

            var guild = sandbox.World.DefaultGuild;
            var settings = await host.Services.GetRequiredService<IGuildSettingsStore>().GetAsync(guild.Id, cts.Token);
            Assert.Equal(guild.Channel("announcements").Id, settings.AnnouncementChannelId);
            Assert.Equal(guild.Role("Viewers").Id, settings.PingRoleId);
            Assert.Equal(Texts.BotLanguage.German, settings.Language);

            var outcome = await sandbox.Control.InvokeCommandAsync(new InteractionRequest("help") { Locale = "en-US" }, cts.Token);
            Assert.True(outcome.Answered);
            Assert.Contains("What I can do", outcome.Callback!.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
