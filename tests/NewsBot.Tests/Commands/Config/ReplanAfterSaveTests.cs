using NewsBot.Commands;

namespace NewsBot.Tests.Commands.Config;

public sealed class ReplanAfterSaveTests
{
    private const ulong Moderator = Permissions.ManageGuild;

    [Fact]
    public async Task Every_successful_save_asks_the_planner_to_replan_once()
    {
        var harness = new CommandHarness();
        harness.Probe.ChannelPermissions[555] = Permissions.Announce;

        await harness.RunAsync("config", "channel", new() { ["channel"] = "555" }, permissions: Moderator);
        Assert.Equal(1, harness.Replanner.Calls);

        await harness.RunAsync("config", "language", new() { ["language"] = "en" }, permissions: Moderator);
        await harness.RunAsync("config", "events", new() { ["enabled"] = "true" }, permissions: Moderator);

        Assert.Equal(3, harness.Store.Saves.Count);
        Assert.Equal(3, harness.Replanner.Calls);
    }

    [Fact]
    public async Task Refused_input_saves_nothing_and_replans_nothing()
    {
        var harness = new CommandHarness();

        await harness.RunAsync("config", "channel", new() { ["channel"] = "general" }, permissions: Moderator);
        await harness.RunAsync("config", "show", permissions: Moderator);

        Assert.Empty(harness.Store.Saves);
        Assert.Equal(0, harness.Replanner.Calls);
    }

    [Fact]
    public async Task A_failed_save_gets_an_apology_and_does_not_replan()
    {
        var harness = new CommandHarness();
        harness.Store.SaveFailure = new InvalidOperationException("database is locked");

        var reply = await harness.RunAsync("config", "channel", new() { ["channel"] = "555" }, permissions: Moderator);

        Assert.True(reply.Ephemeral);
        Assert.DoesNotContain("<#555>", reply.Content, StringComparison.Ordinal);
        Assert.Equal(0, harness.Replanner.Calls);
    }
}
