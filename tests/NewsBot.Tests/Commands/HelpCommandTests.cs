using NewsBot.Commands;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands;

public sealed class HelpCommandTests
{
    [Fact]
    public async Task Explains_every_command_in_the_readers_german_with_german_names()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.English);

        var reply = await harness.RunAsync("help", userLocale: "de");

        Assert.True(reply.Ephemeral);
        Assert.Equal("Was ich kann", reply.Embeds[0].Title);
        Assert.Equal(Listed(harness).Select(c => "/" + c.Definition.NameLocalizations["de"]), reply.Embeds[0].Fields.Select(f => f.Name));
        Assert.Equal(Listed(harness).Select(c => c.Help!.German), reply.Embeds[0].Fields.Select(f => f.Value));
        Assert.Equal("/zusammenfassung", reply.Embeds[0].Fields[0].Name);
    }

    [Fact]
    public async Task Explains_every_command_in_english_for_an_english_reader()
    {
        var harness = new CommandHarness().WithGuildLanguage(BotLanguage.German);

        var reply = await harness.RunAsync("help", userLocale: "en-GB");

        Assert.Equal("What I can do", reply.Embeds[0].Title);
        Assert.Equal(Listed(harness).Select(c => "/" + c.Definition.Name), reply.Embeds[0].Fields.Select(f => f.Name));
        Assert.Equal(Listed(harness).Select(c => c.Help!.English), reply.Embeds[0].Fields.Select(f => f.Value));
    }

    [Fact]
    public void Every_registered_command_but_help_itself_is_listed_in_help()
    {
        var commands = new RegisteredCommands(new CommandHarness().Provider).All;

        Assert.Equal(commands.Select(c => c.Definition.Name).Where(n => n != "help"), Listed(new CommandHarness()).Select(c => c.Definition.Name));
    }

    [Fact]
    public void Every_help_line_is_written_in_both_languages()
    {
        Assert.All(Listed(new CommandHarness()), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Help!.English), c.Definition.Name);
            Assert.False(string.IsNullOrWhiteSpace(c.Help.German), c.Definition.Name);
            Assert.NotEqual(c.Help.English, c.Help.German);
        });
    }

    private static IEnumerable<ISlashCommand> Listed(CommandHarness harness) =>
        new RegisteredCommands(harness.Provider).All.Where(c => c.Help is not null);
}
