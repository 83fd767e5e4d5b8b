using NewsBot.Commands;
using NewsBot.DiscordAdapters;
using NewsBot.Messages;

namespace NewsBot.Tests.Commands;

/// <summary>A new command is its own class plus one registration line: /help, the router and the registration follow.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public async Task A_command_added_with_one_line_is_routed_registered_and_listed_in_help()
    {
        var harness = new CommandHarness { AlsoRegister = services => services.AddSlashCommand<PingCommand>() };

        var reply = await harness.RunAsync("ping");
        var help = await harness.RunAsync("help", userLocale: "de");
        var registered = SlashCommandMapper.ToRequests(harness.Router.Definitions);

        Assert.Equal("pong", reply.Content);
        Assert.Equal("/klingeln", help.Embeds[0].Fields[^1].Name);
        Assert.Equal("Antwortet mit pong.", help.Embeds[0].Fields[^1].Value);
        var ping = Assert.Single(registered, r => r.Name == "ping");
        Assert.Equal("klingeln", ping.NameLocalizations!["de"]);
    }

    private sealed class PingCommand : ISlashCommand
    {
        public SlashCommandDefinition Definition { get; } = new("ping", "Answers pong", [])
        {
            NameLocalizations = Localizations.German("klingeln"),
            DescriptionLocalizations = Localizations.German("Antwortet mit pong"),
        };

        public HelpLine? Help { get; } = new("Answers with pong.", "Antwortet mit pong.");

        public bool DefersEphemeral(CommandContext context) => true;

        public ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(BotMessage.Text("pong", ephemeral: true));

        public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
    }
}
