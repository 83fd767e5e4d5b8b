using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Companion;
using NewsBot.Sandbox.World;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>Issue 13: a live thread on each stream's "live now" announcement, once per stream and server.</summary>
public sealed class LiveThreadTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = Now.AddMinutes(30);
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(Now, Streams(Start, Start.AddHours(1)));
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("reminders", Option("steps", "0"))));
        await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("channel", Option("channel", _bot.Announcements, 7))));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private SandboxGuild Guild => _bot.Sandbox.World.DefaultGuild;

    /// <summary>Moves the clock to the start and returns the "live now" announcement (the only step set).</summary>
    private async Task<JsonObject> GoLiveAsync()
    {
        _bot.Time.Advance(Start - _bot.Time.GetUtcNow());
        return Assert.Single(await _bot.ExpectMessagesAsync(_bot.Announcements, 1));
    }

    private async Task<bool> ThreadRecordedAsync() =>
        await _bot.Services.GetRequiredService<ILiveThreadStore>().OpenThreadAsync(
            DiscussionId + "@" + Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Guild.Id, CancellationToken.None) is not null;

    /// <summary>
    /// What a crash between starting the thread (and posting its intro) and recording it leaves in the stopped bot's
    /// database: the step still planned and claimed by the process that is gone.
    /// </summary>
    private async Task LeaveAsIfCrashedBeforeRecordingAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_bot.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE live_threads SET state = 'planned', thread_id = NULL, claimed_at = $now";
        command.Parameters.AddWithValue("$now", _bot.Time.GetUtcNow().ToUnixTimeMilliseconds());
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static ulong Id(JsonObject message) => ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_stream_going_live_gets_one_thread_on_its_announcement_with_the_panel_and_the_guiding_questions()
    {
        var live = await GoLiveAsync();

        var intro = Assert.Single(await _bot.ExpectMessagesAsync(Id(live), 1));
        var thread = Assert.Single(Guild.Threads.Values);
        Assert.Equal(Id(live), thread.Id);
        Assert.Equal(11, thread.Type);
        Assert.Equal(_bot.Announcements, thread.ParentId);
        Assert.InRange(thread.Name.Length, 1, 100);
        Assert.Contains("Nordkorea", thread.Name, StringComparison.Ordinal);
        var text = Text(intro);
        Assert.Contains("Leitfragen", text, StringComparison.Ordinal);
        Assert.Contains("Auf dem Podium", text, StringComparison.Ordinal);
        Assert.Empty(intro["mentions"]!.AsArray());

        // The sandbox holds the intro before its answer reaches the bot: jumping the clock while that answer is on its way
        // would time the request out (a fake 30 s), and its retry would come after the sandbox's nonce window.
        Assert.True(await _bot.EventuallyAsync(ThreadRecordedAsync), "the thread was never recorded as open");
        _bot.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(await _bot.SettleAsync(Id(live)));
        Assert.Single(Guild.Threads);
    }

    [Fact]
    public async Task A_restart_after_the_thread_opened_starts_no_second_thread_and_posts_no_second_intro()
    {
        var live = await GoLiveAsync();
        Assert.Single(await _bot.ExpectMessagesAsync(Id(live), 1));

        await _bot.StopBotAsync();
        _bot.Time.Advance(TimeSpan.FromMinutes(2));
        await _bot.StartBotAsync();

        Assert.Single(await _bot.SettleAsync(Id(live)));
        Assert.Single(Guild.Threads);
    }

    [Fact]
    public async Task A_crash_after_the_thread_started_but_before_it_was_recorded_makes_no_second_thread_or_intro()
    {
        var live = await GoLiveAsync();
        Assert.Single(await _bot.ExpectMessagesAsync(Id(live), 1));
        await _bot.StopBotAsync();
        await LeaveAsIfCrashedBeforeRecordingAsync();

        _bot.Time.Advance(TimeSpan.FromSeconds(70));
        await _bot.StartBotAsync();

        Assert.True(await _bot.EventuallyAsync(() => _bot.Sandbox.Control.Messages(Id(live)).Count == 1 && Guild.Threads.Count == 1));
        Assert.Single(await _bot.SettleAsync(Id(live)));
        Assert.Single(Guild.Threads);
    }

    [Fact]
    public async Task A_crash_after_the_intro_was_posted_but_before_it_was_recorded_posts_no_second_intro_even_after_the_nonce_window()
    {
        var live = await GoLiveAsync();
        Assert.Single(await _bot.ExpectMessagesAsync(Id(live), 1));
        Assert.True(await _bot.EventuallyAsync(ThreadRecordedAsync), "the thread was never recorded as open");
        await _bot.StopBotAsync();
        await LeaveAsIfCrashedBeforeRecordingAsync();

        // Back after Discord's nonce window (the sandbox's is 5 minutes): the nonce no longer finds the intro, the thread does.
        _bot.Time.Advance(TimeSpan.FromMinutes(10));
        await _bot.StartBotAsync();

        Assert.True(await _bot.EventuallyAsync(ThreadRecordedAsync), "the thread was never recorded as open after the restart");
        Assert.Single(await _bot.SettleAsync(Id(live)));
        Assert.Single(Guild.Threads);
    }

    [Fact]
    public async Task A_server_that_switched_the_thread_off_gets_the_announcement_but_no_thread()
    {
        var reply = await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("thread", Flag("enabled", false))));
        Assert.Contains("aus", Text(reply), StringComparison.Ordinal);

        var live = await GoLiveAsync();

        Assert.Empty(await _bot.SettleAsync(Id(live)));
        Assert.Empty(Guild.Threads);
    }

    [Fact]
    public async Task Config_show_names_the_missing_thread_permissions()
    {
        var botRole = Guild.Roles.First(r => r.BotId is not null);
        await _bot.StopBotAsync();
        Guild.Channel("announcements").Overwrites.Add(new SandboxOverwrite(Guild.Id, 0, 0,
            SandboxPermissions.CreatePublicThreads | SandboxPermissions.SendMessagesInThreads));
        Guild.Channel("announcements").Overwrites.Add(new SandboxOverwrite(botRole.Id, 0, 0, SandboxPermissions.SendMessagesInThreads));
        await _bot.StartBotAsync();

        var shown = Text(await _bot.ReplyAsync(_bot.Moderator("config", Subcommand("show"))));

        Assert.Contains("Create Public Threads", shown, StringComparison.Ordinal);
        Assert.Contains("Send Messages in Threads", shown, StringComparison.Ordinal);
        Assert.Contains("Live-Thread", shown, StringComparison.Ordinal);
    }
}
