using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class OwnDiscussionPostgresTests
{
    [PostgresFact]
    public async Task On_PostgreSQL_a_preview_survives_a_restart_and_its_saved_discussion_answers_panel()
    {
        // The sandbox's ids come from the clock: a start time of its own keeps this guild apart from earlier runs.
        var now = new DateTimeOffset(2031, 1, 1, 12, 0, 0, TimeSpan.Zero).AddMinutes(Random.Shared.Next(0, 500_000));
        await using var schema = await TestPostgresSchema.CreateAsync("e2e");
        await using var bot = await BotHarness.StartAsync(now, Streams(now.AddDays(2), now.AddDays(2).AddHours(1)), schema.ConnectionString);
        var file = InteractionRequest.AttachmentOption("file", "gaeste.txt",
            await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "tests", "NewsBot.Core.Tests", "TestData", "real", "01-maischberger-gaesteliste.txt")));
        var add = new JsonObject { ["name"] = "add", ["type"] = 2, ["options"] = new JsonArray(Subcommand("file", file)) };
        var preview = (await bot.InvokeAsync(bot.Moderator("discussions", add))).Original!;

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        var save = preview["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();
        using var cts = new CancellationTokenSource(Patience);
        var saved = await bot.Sandbox.Control.PressButtonAsync(
            new ComponentRequest(ulong.Parse(preview["id"]!.GetValue<string>(), CultureInfo.InvariantCulture), save) { UserId = bot.Sandbox.World.Moderator.Id }, cts.Token);

        Assert.StartsWith("Gespeichert als `gaeste`.", saved.Callback!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Nancy Faeser", Text(await bot.ReplyAsync(bot.Viewer("panel", "de", Option("discussion", "gaeste")))), StringComparison.Ordinal);
    }
}
