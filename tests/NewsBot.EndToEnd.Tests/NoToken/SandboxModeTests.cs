using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Companion;
using NewsBot.DiscordAdapters;
using NewsBot.Hosting;
using NewsBot.NoToken;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;
using NewsBot.Settings;

namespace NewsBot.EndToEnd.Tests.NoToken;

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
            Assert.Equal(12, sandbox.Control.Commands().Count); // summary, panel, stream, questions, schedule, help, config, discussions, streams, and the live companion's ask, queue, catchup

            var guild = sandbox.World.DefaultGuild;
            var settings = await host.Services.GetRequiredService<IGuildSettingsStore>().GetAsync(guild.Id, cts.Token);
            Assert.Equal(guild.Channel("announcements").Id, settings.AnnouncementChannelId);
            Assert.Equal(guild.Role("Viewers").Id, settings.PingRoleId);
            Assert.Equal(Texts.BotLanguage.German, settings.Language);
            var companion = await host.Services.GetRequiredService<ICompanionSettingsStore>().GetAsync(guild.Id, cts.Token);
            Assert.Equal(guild.Channel("moderators").Id, companion.ModeratorChannelId);

            var outcome = await sandbox.Control.InvokeCommandAsync(new InteractionRequest("help") { Locale = "en-US" }, cts.Token);
            Assert.True(outcome.Answered);
            Assert.Contains("What I can do", outcome.Callback!.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_no_token_run_on_a_day_after_the_seeds_date_shows_a_demo_stream_with_a_reminder_and_then_live_now()
    {
        // A day long after the seed's stream in config/streams.json: without the demo stream nothing would be scheduled.
        var now = new DateTimeOffset(2027, 3, 1, 9, 0, 20, TimeSpan.Zero);
        var documents = Path.Combine(_folder, "documents");
        Directory.CreateDirectory(documents);
        var root = RepositoryRoot();
        File.Copy(Path.Combine(root, "config", "documents", $"{BotHarness.DiscussionId}.txt"), Path.Combine(documents, $"{BotHarness.DiscussionId}.txt"));
        var streams = Path.Combine(_folder, "streams.json");
        File.Copy(Path.Combine(root, "config", "streams.json"), streams);
        var scheduleFile = await File.ReadAllTextAsync(streams);
        var time = new FakeTimeProvider(now);
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "",
            ["Documents:Folder"] = documents,
            ["Schedule:File"] = streams,
            ["Storage:Provider"] = "Sqlite",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        using var host = builder.Build();
        using var cts = new CancellationTokenSource(BotHarness.Patience);
        await host.StartAsync(cts.Token);
        try
        {
            var sandbox = host.Services.GetRequiredService<EmbeddedSandbox>().Server;
            Assert.True(await sandbox.Control.WaitForBotAsync(BotHarness.Patience));
            await host.Services.GetRequiredService<CommandRegistrationService>().FirstRegistration.WaitAsync(BotHarness.Patience);
            var start = new DateTimeOffset(2027, 3, 1, 9, 4, 0, TimeSpan.Zero);
            var startMarkup = $"<t:{start.ToUnixTimeSeconds()}:";

            var schedule = await ReplyAsync(sandbox, "schedule", cts.Token);
            Assert.Contains("Waffen und Munition aus Nordkorea", schedule, StringComparison.Ordinal);
            Assert.Contains(startMarkup + "F>", schedule, StringComparison.Ordinal);
            var stream = await ReplyAsync(sandbox, "stream", cts.Token);
            Assert.Contains(startMarkup + "F>", stream, StringComparison.Ordinal);
            Assert.DoesNotContain("Noch kein Termin", stream, StringComparison.Ordinal);
            Assert.DoesNotContain("Noch kein Termin", await ReplyAsync(sandbox, "summary", cts.Token), StringComparison.Ordinal);

            var announcements = sandbox.World.DefaultGuild.Channel("announcements").Id;
            Assert.Empty(sandbox.Control.Messages(announcements));
            time.Advance(start - TimeSpan.FromMinutes(2) - time.GetUtcNow());
            var reminder = Assert.Single(await ExpectMessagesAsync(sandbox, time, announcements, 1));
            Assert.Contains("Gleich geht's los", reminder["content"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains($"<@&{sandbox.World.DefaultGuild.Role("Viewers").Id}>", reminder["content"]!.GetValue<string>(), StringComparison.Ordinal);

            // Questions are open from the first reminder; the demo server's moderators get them in #moderators.
            var asked = await sandbox.Control.InvokeCommandAsync(new InteractionRequest("ask")
            {
                UserId = sandbox.World.Viewer.Id,
                Locale = "de",
                Options = new JsonArray(BotHarness.Option("question", "Wie viel Munition hat Nordkorea geliefert?")),
            }, cts.Token);
            Assert.True(asked.Answered, asked.Error);
            var queued = Assert.Single(await ExpectMessagesAsync(sandbox, time, sandbox.World.DefaultGuild.Channel("moderators").Id, 1));
            Assert.Contains("Wie viel Munition hat Nordkorea geliefert?", BotHarness.Text(queued), StringComparison.Ordinal);
            Assert.Contains("Freigeben", queued["components"]!.ToJsonString(), StringComparison.Ordinal);

            time.Advance(start - time.GetUtcNow());
            var both = await ExpectMessagesAsync(sandbox, time, announcements, 2);
            Assert.Equal(2, both.Count);
            Assert.Contains("Jetzt live", both[1]["content"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(time.GetUtcNow() - now < TimeSpan.FromMinutes(5), "the demo must be seen within a few minutes of the start");
            Assert.Equal(scheduleFile, await File.ReadAllTextAsync(streams));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<string> ReplyAsync(SandboxServer sandbox, string command, CancellationToken cancellationToken)
    {
        var outcome = await sandbox.Control.InvokeCommandAsync(new InteractionRequest(command) { Locale = "de" }, cancellationToken);
        Assert.True(outcome.Answered, $"/{command}: {outcome.Error}");
        var message = outcome.Callback!["type"]!.GetValue<int>() == 5 ? outcome.Original! : outcome.Callback!["data"]!.AsObject();
        return BotHarness.Text(message);
    }

    /// <summary>Waits for the messages, moving the fake clock on a second at a time while the bot may still be planning.</summary>
    private static async Task<IReadOnlyList<JsonObject>> ExpectMessagesAsync(SandboxServer sandbox, FakeTimeProvider time, ulong channelId, int count)
    {
        var deadline = DateTime.UtcNow + BotHarness.Patience;
        while (true)
        {
            var messages = await sandbox.Control.WaitForMessagesAsync(channelId, count, TimeSpan.FromMilliseconds(250));
            if (messages.Count >= count || DateTime.UtcNow > deadline)
                return messages;
            time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NewsBot.sln not found above the test output.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
