using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Tests.Rest;

/// <summary>How an invocation finds its registered command by name (<see cref="CommandStore.Find"/>).</summary>
public sealed class CommandLookupTests
{
    private const ulong Guild = 42;
    private const ulong OtherGuild = 43;

    private static CommandStore Store() => new(new SnowflakeGenerator(TimeProvider.System), applicationId: 7);

    private static JsonObject Command(string name, string? optionName = null) => new()
    {
        ["name"] = name,
        ["description"] = "Shows something",
        ["options"] = optionName is null ? null : new JsonArray(new JsonObject { ["type"] = 3, ["name"] = optionName, ["description"] = "an option" }),
    };

    [Fact]
    public void A_guild_command_is_found_before_a_global_one_of_the_same_name_and_other_guilds_get_the_global_one()
    {
        var store = Store();
        var global = store.Overwrite(0, [Command("summary", "length")]);
        var inGuild = store.Overwrite(Guild, [Command("summary", "discussion")]);

        var found = store.Find(Guild, "summary", withOptions: true)!;
        var elsewhere = store.Find(OtherGuild, "summary", withOptions: true)!;

        Assert.Equal(inGuild[0]!["id"]!.GetValue<string>(), found.Id);
        Assert.Equal(Guild.ToString(), found.GuildId);
        Assert.Equal("discussion", found.Options![0]!["name"]!.GetValue<string>());
        Assert.Equal(global[0]!["id"]!.GetValue<string>(), elsewhere.Id);
        Assert.Null(elsewhere.GuildId);
        Assert.Equal("length", elsewhere.Options![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void An_overwrite_replaces_what_its_scope_finds_and_unknown_names_find_nothing()
    {
        var store = Store();
        store.Overwrite(0, [Command("summary")]);
        store.Overwrite(Guild, [Command("summary"), Command("panel")]);

        store.Overwrite(Guild, [Command("panel")]);

        Assert.Null(store.Find(Guild, "summary", withOptions: false)!.GuildId);
        Assert.Equal(Guild.ToString(), store.Find(Guild, "panel", withOptions: false)!.GuildId);
        Assert.Null(store.Find(OtherGuild, "panel", withOptions: false));
        Assert.Null(store.Find(Guild, "unknown", withOptions: false));
    }

    [Fact]
    public void Options_come_only_when_asked_for_and_as_a_copy_the_store_does_not_share()
    {
        var store = Store();
        store.Overwrite(0, [Command("summary", "length")]);

        var bare = store.Find(Guild, "summary", withOptions: false)!;
        var copy = store.Find(Guild, "summary", withOptions: true)!;
        copy.Options![0]!["name"] = "changed";

        Assert.Null(bare.Options);
        Assert.Equal("length", store.Find(Guild, "summary", withOptions: true)!.Options![0]!["name"]!.GetValue<string>());
        Assert.Equal("length", store.List(0)[0]!["options"]![0]!["name"]!.GetValue<string>());
    }
}
