using NewsBot.Commands;

namespace NewsBot.Tests.Commands.Config;

public sealed class ConfigPermissionGateTests
{
    public static TheoryData<string, Dictionary<string, string>> EveryChange => new()
    {
        { "channel", new() { ["channel"] = "300" } },
        { "role", new() { ["role"] = "400" } },
        { "reminders", new() { ["steps"] = "30, 0" } },
        { "language", new() { ["language"] = "en" } },
        { "events", new() { ["enabled"] = "true" } },
    };

    [Theory]
    [MemberData(nameof(EveryChange))]
    public async Task A_member_without_manage_server_is_refused_and_nothing_is_saved(string subcommand, Dictionary<string, string> options)
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", subcommand, options, userLocale: "de",
            permissions: Permissions.SendMessages | Permissions.ManageEvents);

        Assert.True(reply.Ephemeral);
        Assert.Contains("Server verwalten", reply.Content, StringComparison.Ordinal);
        Assert.Empty(harness.Store.Saves);
    }

    [Fact]
    public async Task The_refusal_is_in_the_users_english()
    {
        var reply = await new CommandHarness().RunAsync("config", "show", userLocale: "en-GB");

        Assert.True(reply.Ephemeral);
        Assert.Equal("Only members with the Manage Server permission can change my settings.", reply.Content);
    }

    [Fact]
    public async Task An_administrator_may_change_settings()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "language", new() { ["language"] = "en" }, permissions: Permissions.Administrator);

        Assert.True(reply.Ephemeral);
        Assert.Single(harness.Store.Saves);
    }

    [Fact]
    public async Task Outside_a_guild_config_is_refused()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "show", permissions: Permissions.ManageGuild, inGuild: false);

        Assert.True(reply.Ephemeral);
        Assert.Equal("This command only works in a server.", reply.Content);
        Assert.Empty(harness.Store.Saves);
    }
}
