using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;

namespace NewsBot.Tests.Commands;

/// <summary>Every definition follows Discord's rules for application commands, so registration cannot be rejected.</summary>
public sealed partial class DefinitionRulesTests
{
    private static readonly IReadOnlyList<SlashCommandDefinition> Definitions = new CommandHarness().Router.Definitions;

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();

    [Fact]
    public void The_router_defines_every_registered_command_once()
    {
        var registered = new RegisteredCommands(new CommandHarness().Provider).All;

        Assert.NotEmpty(Definitions);
        Assert.Equal(registered.Select(c => c.Definition.Name).Order(), Definitions.Select(d => d.Name).Order());
    }

    [Fact]
    public void Names_are_lowercase_and_unique_in_every_language()
    {
        Assert.All(Definitions, d => AssertName(d.Name, d.NameLocalizations));
        Assert.Equal(Definitions.Count, Definitions.Select(d => d.Name).Distinct().Count());
        Assert.Equal(Definitions.Count, Definitions.Select(d => d.NameLocalizations["de"]).Distinct().Count());
        foreach (var option in AllOptions())
            AssertName(option.Name, option.NameLocalizations);
    }

    [Fact]
    public void Descriptions_are_1_to_100_characters_and_localized_for_german()
    {
        Assert.All(Definitions, d => AssertDescription(d.Description, d.DescriptionLocalizations));
        Assert.All(AllOptions(), o => AssertDescription(o.Description, o.DescriptionLocalizations));
    }

    [Fact]
    public void Required_options_come_first_and_there_are_at_most_25()
    {
        foreach (var options in Definitions.Select(d => d.Options).Concat(AllOptions().Select(o => o.Options)))
        {
            Assert.True(options.Count <= 25);
            var firstOptional = options.TakeWhile(o => o.Required).Count();
            Assert.All(options.Skip(firstOptional), o => Assert.False(o.Required));
            Assert.Equal(options.Count, options.Select(o => o.Name).Distinct().Count());
        }
    }

    [Fact]
    public void Choices_are_few_named_within_limits_and_never_combined_with_autocomplete()
    {
        foreach (var option in AllOptions())
        {
            Assert.True(option.Choices.Count <= 25);
            Assert.False(option.Autocomplete && option.Choices.Count > 0);
            Assert.All(option.Choices, c =>
            {
                Assert.InRange(c.Name.Length, 1, 100);
                Assert.InRange(c.Value.Length, 1, 100);
                Assert.InRange(c.NameLocalizations["de"].Length, 1, 100);
            });
            if (option.Choices.Count > 0 || option.Autocomplete)
                Assert.Equal(SlashCommandOptionType.String, option.Type);
        }
    }

    [Fact]
    public void Subcommands_are_not_mixed_with_plain_options()
    {
        foreach (var definition in Definitions)
        {
            var subcommands = definition.Options.Count(o => o.Type is SlashCommandOptionType.Subcommand or SlashCommandOptionType.SubcommandGroup);
            Assert.True(subcommands == 0 || subcommands == definition.Options.Count);
        }
    }

    [Fact]
    public void Config_is_guild_only_and_hidden_from_members_without_manage_server()
    {
        var config = Assert.Single(Definitions, d => d.Name == "config");

        Assert.True(config.GuildOnly);
        Assert.Equal(1UL << 5, config.DefaultMemberPermissions);
        Assert.Equal(["show", "channel", "role", "reminders", "language", "events", "timezone", "preview"], config.Options.Select(o => o.Name));
        Assert.All(Definitions.Where(d => d.Name is not ("config" or "discussions" or "streams")), d => Assert.Null(d.DefaultMemberPermissions));
    }

    [Fact]
    public void Streams_is_guild_only_and_hidden_from_members_without_manage_server()
    {
        var streams = Assert.Single(Definitions, d => d.Name == "streams");

        Assert.True(streams.GuildOnly);
        Assert.Equal(1UL << 5, streams.DefaultMemberPermissions);
        Assert.Equal(["schedule", "move", "cancel"], streams.Options.Select(o => o.Name));
        Assert.Equal(["planen", "verschieben", "absagen"], streams.Options.Select(o => o.NameLocalizations["de"]));
    }

    [Fact]
    public void Discussion_options_autocomplete()
    {
        var discussionOptions = AllOptions().Where(o => o.Name == "discussion").ToList();

        Assert.NotEmpty(discussionOptions);
        Assert.All(discussionOptions, o => Assert.True(o.Autocomplete));
    }

    [Fact]
    public void The_router_reports_which_commands_defer_ephemerally()
    {
        var router = new CommandHarness().Router;

        Assert.True(router.DefersEphemeral(CommandHarness.Context("config", "show")));
        Assert.True(router.DefersEphemeral(CommandHarness.Context("help")));
        Assert.False(router.DefersEphemeral(CommandHarness.Context("summary")));
        Assert.True(router.DefersEphemeral(CommandHarness.Context("unknown")));
    }

    [Fact]
    public void Registration_is_idempotent()
    {
        var harness = new CommandHarness();
        _ = harness.Router;
        var services = new ServiceCollection();

        services.AddSlashCommands();
        var count = services.Count;
        services.AddSlashCommands();

        Assert.Equal(count, services.Count);
    }

    private static IEnumerable<SlashCommandOption> AllOptions()
    {
        var pending = new Stack<SlashCommandOption>(Definitions.SelectMany(d => d.Options));
        while (pending.Count > 0)
        {
            var option = pending.Pop();
            yield return option;
            foreach (var nested in option.Options)
                pending.Push(nested);
        }
    }

    private static void AssertName(string name, IReadOnlyDictionary<string, string> localizations)
    {
        Assert.Matches(NamePattern(), name);
        Assert.True(localizations.ContainsKey("de"), $"{name} has no German name");
        Assert.All(localizations.Values, n => Assert.Matches(NamePattern(), n));
    }

    private static void AssertDescription(string description, IReadOnlyDictionary<string, string> localizations)
    {
        Assert.InRange(description.Length, 1, 100);
        Assert.True(localizations.ContainsKey("de"), $"\"{description}\" has no German description");
        Assert.All(localizations.Values, d => Assert.InRange(d.Length, 1, 100));
    }
}
