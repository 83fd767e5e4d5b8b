using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Models;
using NewsBot.Discord.Tests.Rest;

namespace NewsBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    private readonly RestClientFixture _rest = new();

    private CommandRegistrar Registrar => new(_rest.Client, NullLogger<CommandRegistrar>.Instance);

    /// <summary>What Discord would return for our command: ids, versions, defaults filled in.</summary>
    private static string RegisteredAs(ApplicationCommandRequest command)
    {
        var node = JsonSerializer.SerializeToNode(command, DiscordJsonContext.Default.ApplicationCommandRequest)!.AsObject();
        node["id"] = "801";
        node["application_id"] = "555";
        node["guild_id"] = "100";
        node["version"] = "1000";
        node["nsfw"] = false;
        node["dm_permission"] = true;
        return new JsonArray(node).ToJsonString();
    }

    [Fact]
    public async Task Skips_the_overwrite_when_the_registered_commands_equal_the_desired_ones()
    {
        _rest.Http.Then(HttpStatusCode.OK, RegisteredAs(SampleCommands.Config));

        var result = await Registrar.SyncGuildAsync(555, 100, [SampleCommands.Config], CancellationToken.None);

        Assert.Equal(CommandSyncOutcome.Unchanged, result.Value);
        var get = Assert.Single(_rest.Http.Requests);
        Assert.Equal(HttpMethod.Get, get.Method);
        Assert.Equal("/api/v10/applications/555/guilds/100/commands", get.Uri.AbsolutePath);
    }

    [Fact]
    public async Task Overwrites_in_bulk_when_a_localization_changed()
    {
        _rest.Http.Then(HttpStatusCode.OK, RegisteredAs(SampleCommands.Config)).Then(HttpStatusCode.OK, "[]");
        var changed = SampleCommands.Config with { DescriptionLocalizations = new Dictionary<string, string> { ["de"] = "Einstellungen" } };

        var result = await Registrar.SyncGlobalAsync(555, [changed], CancellationToken.None);

        Assert.Equal(CommandSyncOutcome.Overwritten, result.Value);
        var put = _rest.Http.Requests.Last();
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("/api/v10/applications/555/commands", put.Uri.AbsolutePath);
        Assert.Equal("Einstellungen", (string)JsonNode.Parse(put.Body!)![0]!["description_localizations"]!["de"]!);
    }

    [Fact]
    public async Task Overwrites_when_a_command_is_missing_or_extra()
    {
        _rest.Http.Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]");

        var result = await Registrar.SyncGlobalAsync(555, [SampleCommands.Config], CancellationToken.None);

        Assert.Equal(CommandSyncOutcome.Overwritten, result.Value);
        Assert.Equal(2, _rest.Http.Requests.Count);
    }

    [Fact]
    public void Default_member_permissions_changes_count_as_a_difference()
    {
        var registered = JsonSerializer.Deserialize(RegisteredAs(SampleCommands.Config), DiscordJsonContext.Default.IReadOnlyListApplicationCommand)!;

        Assert.True(CommandRegistrar.AreEquivalent([SampleCommands.Config], registered));
        Assert.False(CommandRegistrar.AreEquivalent([SampleCommands.Config with { DefaultMemberPermissions = Permissions.Administrator }], registered));
    }

    [Fact]
    public async Task An_invalid_command_set_is_refused_before_the_put()
    {
        _rest.Http.Then(HttpStatusCode.OK, "[]");

        var result = await Registrar.SyncGlobalAsync(555, [new ApplicationCommandRequest { Name = "Bad Name", Description = "d" }], CancellationToken.None);

        Assert.Equal(NewsBot.Discord.Rest.DiscordErrorKind.Validation, result.Error!.Kind);
        Assert.Single(_rest.Http.Requests);
    }
}
