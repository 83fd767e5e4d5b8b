using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class PostgresTests
{
    [PostgresFact]
    public async Task On_PostgreSQL_settings_survive_a_restart_and_an_announcement_goes_out_once()
    {
        // The sandbox's ids come from the clock: a start time of its own keeps this guild apart from earlier runs.
        var now = new DateTimeOffset(2031, 1, 1, 12, 0, 0, TimeSpan.Zero).AddMinutes(Random.Shared.Next(0, 500_000));
        var start = now.AddMinutes(30);
        await using var schema = await TestPostgresSchema.CreateAsync("e2e");
        await using var bot = await BotHarness.StartAsync(now, Streams(start, start.AddHours(1)), schema.ConnectionString);
        await bot.ReplyAsync(bot.Moderator("config", Subcommand("channel", Option("channel", bot.Announcements, 7))));
        await bot.ReplyAsync(bot.Moderator("config", Subcommand("reminders", Option("steps", "20, 0"))));

        await bot.StopBotAsync();
        await bot.StartBotAsync();

        var show = Text(await bot.ReplyAsync(bot.Moderator("config", Subcommand("show")) with { Locale = "en-US" }));
        Assert.Contains($"<#{bot.Announcements}>", show, StringComparison.Ordinal);
        Assert.Contains("20, 0", show, StringComparison.Ordinal);

        bot.Time.Advance(start - TimeSpan.FromMinutes(20) - bot.Time.GetUtcNow());
        Assert.Single(await bot.ExpectMessagesAsync(bot.Announcements, 1));
        Assert.Single(await bot.SettleAsync(bot.Announcements));
    }

    [PostgresFact]
    public async Task On_PostgreSQL_a_stream_scheduled_by_command_survives_a_restart_and_is_announced_once()
    {
        var now = new DateTimeOffset(2032, 1, 1, 12, 0, 0, TimeSpan.Zero).AddMinutes(Random.Shared.Next(0, 500_000));
        await using var schema = await TestPostgresSchema.CreateAsync("e2e");
        await using var bot = await BotHarness.StartAsync(now, """{ "streams": [] }""", schema.ConnectionString);
        await bot.ReplyAsync(bot.Moderator("config", Subcommand("channel", Option("channel", bot.Announcements, 7))));
        await bot.ReplyAsync(bot.Moderator("config", Subcommand("reminders", Option("steps", "0"))));
        var start = now.AddMinutes(40);
        var local = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var typed = local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var reply = Text(await bot.ReplyAsync(bot.Moderator("streams", Subcommand("schedule", Option("discussion", DiscussionId), Option("start", typed))) with { Locale = "en-US" }));
        Assert.Contains("Scheduled:", reply, StringComparison.Ordinal);

        await bot.StopBotAsync();
        await bot.StartBotAsync();

        bot.Time.Advance(start - bot.Time.GetUtcNow());
        Assert.Single(await bot.ExpectMessagesAsync(bot.Announcements, 1));
        Assert.Single(await bot.SettleAsync(bot.Announcements));
    }
}
