using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.NoToken.Terminal;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class SlashCommandResolverTests
{
    private readonly Sandbox.World.SandboxWorld _world = TerminalFixtures.World();

    private (ResolvedCommand? Command, InputError? Error) Resolve(string line, JsonArray? commands = null) =>
        SlashCommandResolver.Resolve((TerminalInput.Slash)TerminalInputParser.Parse(line), commands ?? TerminalFixtures.Commands(), _world.DefaultGuild);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Options_get_the_declared_type_and_choices_are_accepted_by_their_German_name()
    {
        var (command, error) = Resolve("/zusammenfassung länge:kurz discussion:000_8dbe49e802ff1033");

        Assert.Null(error);
        Assert.Equal("summary", command!.Name);
        Assert.Equal(
            """[{"name":"length","type":3,"value":"short"},{"name":"discussion","type":3,"value":"000_8dbe49e802ff1033"}]""",
            command.Options.ToJsonString());
    }

    [Fact]
    public void A_channel_is_given_by_its_name_and_sent_as_its_id_inside_the_subcommand()
    {
        var (command, _) = Resolve("/config channel channel:#announcements");

        var channelId = Id(_world.DefaultGuild.Channel("announcements").Id);
        Assert.Equal(
            $$"""[{"name":"channel","type":1,"options":[{"name":"channel","type":7,"value":"{{channelId}}"}]}]""",
            command!.Options.ToJsonString());
    }

    [Fact]
    public void A_role_is_given_with_an_at_sign_in_any_case()
    {
        var (command, _) = Resolve("/config role role:@viewers");

        var option = command!.Options[0]!["options"]![0]!;
        Assert.Equal(Id(_world.DefaultGuild.Role("Viewers").Id), option["value"]!.GetValue<string>());
    }

    [Fact]
    public void Quoted_values_booleans_and_integers_are_typed()
    {
        Assert.Equal("60, 15, 0", Resolve("/config reminders steps:\"60, 15, 0\"").Command!.Options[0]!["options"]![0]!["value"]!.GetValue<string>());
        Assert.True(Resolve("/config events enabled:ja").Command!.Options[0]!["options"]![0]!["value"]!.GetValue<bool>());
        Assert.Equal(7, Resolve("/config limits count:7").Command!.Options[0]!["options"]![0]!["value"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("/nothing", "UnknownCommand", "nothing")]
    [InlineData("/config", "MissingSubcommand", "")]
    [InlineData("/config colour", "UnknownSubcommand", "colour")]
    [InlineData("/summary colour:red", "UnknownOption", "colour")]
    [InlineData("/config channel", "MissingOption", "channel")]
    [InlineData("/config channel channel:#nowhere", "UnknownChannel", "nowhere")]
    [InlineData("/config role role:@Nobody", "UnknownRole", "Nobody")]
    [InlineData("/config events enabled:maybe", "NotABoolean", "maybe")]
    [InlineData("/config limits count:many", "NotANumber", "many")]
    [InlineData("/summary length:short ?", "NothingToSuggest", "length")]
    [InlineData("/panel extra", "ExpectedNameValue", "extra")]
    public void Input_the_bot_would_not_accept_is_explained_before_sending(string line, string kind, string detail)
    {
        var (command, error) = Resolve(line);

        Assert.Null(command);
        Assert.Equal(kind, error!.Kind.ToString());
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void An_unknown_command_lists_the_registered_ones()
    {
        var (_, error) = Resolve("/nothing");

        Assert.Equal("/summary /panel /config", error!.Known);
    }

    [Fact]
    public void A_suggestion_request_marks_the_last_option_as_focused_and_keeps_the_partial_text()
    {
        var (command, error) = Resolve("/summary length:short discussion:nord ?");

        Assert.Null(error);
        var focused = command!.Options.OfType<JsonObject>().Single(o => o["focused"] is not null);
        Assert.Equal("discussion", focused["name"]!.GetValue<string>());
        Assert.Equal("nord", focused["value"]!.GetValue<string>());
    }

    [Fact]
    public void Without_registered_commands_values_are_sent_as_typed_with_channels_and_roles_resolved()
    {
        var (command, error) = Resolve("/config channel channel:#general note:hello", []);

        Assert.Null(error);
        var general = Id(_world.DefaultGuild.Channel("general").Id);
        Assert.Equal(
            $$"""[{"name":"channel","type":1,"options":[{"name":"channel","value":"{{general}}"},{"name":"note","value":"hello"}]}]""",
            command!.Options.ToJsonString());
    }
}
