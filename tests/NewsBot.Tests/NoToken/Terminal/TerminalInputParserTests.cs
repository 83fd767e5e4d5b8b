using NewsBot.NoToken.Terminal;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class TerminalInputParserTests
{
    public static TheoryData<string, string, string[], string[]> SlashLines => new()
    {
        { "/summary", "summary", [], [] },
        { "/summary length:short", "summary", [], ["length=short"] },
        { "  /Panel   discussion:000_8dbe49e802ff1033  ", "panel", [], ["discussion=000_8dbe49e802ff1033"] },
        { "/config channel channel:#announcements", "config", ["channel"], ["channel=#announcements"] },
        { "/config role role:@Viewers", "config", ["role"], ["role=@Viewers"] },
        { "/config role", "config", ["role"], [] },
        { "/config reminders steps:\"60, 15, 0\"", "config", ["reminders"], ["steps=60, 15, 0"] },
        { "/config reminders steps:„60, 15“", "config", ["reminders"], ["steps=60, 15"] },
        { "/panel discussion:\"Putin: \\\"Kim\\\"\"", "panel", [], ["discussion=Putin: \"Kim\""] },
        { "/summary discussion:a:b", "summary", [], ["discussion=a:b"] },
        { "/summary discussion:", "summary", [], ["discussion="] },
        { "/group sub leaf x:1 y:2", "group", ["sub", "leaf"], ["x=1", "y=2"] },
    };

    [Theory]
    [MemberData(nameof(SlashLines))]
    public void Slash_lines_give_the_command_the_subcommand_words_and_the_options(string line, string command, string[] path, string[] options)
    {
        var slash = Assert.IsType<TerminalInput.Slash>(TerminalInputParser.Parse(line));

        Assert.Equal(command, slash.Command);
        Assert.Equal(path, slash.Path);
        Assert.Equal(options, slash.Options.Select(o => $"{o.Name}={o.Value}"));
        Assert.False(slash.Suggest);
    }

    [Fact]
    public void A_lone_question_mark_at_the_end_asks_for_suggestions()
    {
        var slash = Assert.IsType<TerminalInput.Slash>(TerminalInputParser.Parse("/panel discussion:nord ?"));

        Assert.True(slash.Suggest);
        Assert.Equal("nord", Assert.Single(slash.Options).Value);
    }

    [Fact]
    public void A_question_mark_inside_a_value_is_part_of_the_value()
    {
        var slash = Assert.IsType<TerminalInput.Slash>(TerminalInputParser.Parse("/panel discussion:\"Wie gefährlich ist das?\""));

        Assert.False(slash.Suggest);
        Assert.Equal("Wie gefährlich ist das?", Assert.Single(slash.Options).Value);
    }

    [Theory]
    [InlineData("/config reminders steps:\"60, 15", "UnclosedQuote")]
    [InlineData("/summary length:short extra", "ExpectedNameValue")]
    [InlineData("/a b c d", "ExpectedNameValue")]
    [InlineData("/summary :short", "EmptyOptionName")]
    [InlineData("/summary length:short length:long", "DuplicateOption")]
    [InlineData("/", "MissingCommandName")]
    [InlineData("/ length:short", "MissingCommandName")]
    [InlineData("summary", "ExpectedNameValue")]
    [InlineData("/panel \"quoted word\"", "ExpectedNameValue")]
    public void Malformed_lines_become_an_error_instead_of_an_exception(string line, string kind)
    {
        var invalid = Assert.IsType<TerminalInput.Invalid>(TerminalInputParser.Parse(line));

        Assert.Equal(kind, invalid.Error.Kind.ToString());
    }

    [Theory]
    [InlineData(":as moderator", "as", new[] { "moderator" })]
    [InlineData(":LANG de", "lang", new[] { "de" })]
    [InlineData(":messages announcements 5", "messages", new[] { "announcements", "5" })]
    [InlineData(":quit", "quit", new string[0])]
    [InlineData("quit", "quit", new string[0])]
    [InlineData("exit", "quit", new string[0])]
    public void Meta_commands_start_with_a_colon(string line, string name, string[] arguments)
    {
        var meta = Assert.IsType<TerminalInput.Meta>(TerminalInputParser.Parse(line));

        Assert.Equal(name, meta.Name);
        Assert.Equal(arguments, meta.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Blank_lines_are_empty(string? line) =>
        Assert.IsType<TerminalInput.Empty>(TerminalInputParser.Parse(line));
}
