using System.Globalization;
using NewsBot.NoToken.Terminal;
using NewsBot.Texts;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class TerminalMarkupTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 19, 15, 0, TimeSpan.Zero);
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TerminalFixtures.BerlinTime();
    private readonly Sandbox.World.SandboxWorld _world;
    private readonly TerminalMarkup _markup;

    public TerminalMarkupTests()
    {
        _world = TerminalFixtures.World(_time);
        _markup = new TerminalMarkup(_world, _time, new AnsiStyle(enabled: false));
    }

    private static string Unix(DateTimeOffset instant) => instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Timestamps_show_the_local_time_zone_and_the_time_until_then()
    {
        var text = $"<t:{Unix(Start)}:F> (<t:{Unix(Start)}:R>)";

        Assert.Equal("Thursday, 3 December 2026 20:15 (in 15 minutes)", _markup.Render(text, BotLanguage.English));
        Assert.Equal("Donnerstag, 3. Dezember 2026 20:15 (in 15 Minuten)", _markup.Render(text, BotLanguage.German));
    }

    [Fact]
    public void Relative_timestamps_follow_the_clock()
    {
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal("vor 2 Stunden", _markup.Render($"<t:{Unix(Start)}:R>", BotLanguage.German));
        Assert.Equal("30 minutes ago", _markup.Render($"<t:{Unix(Start.AddMinutes(75))}:R>", BotLanguage.English));
    }

    [Theory]
    [InlineData("t", "20:15")]
    [InlineData("d", "03/12/2026")]
    [InlineData("D", "3 December 2026")]
    [InlineData("f", "3 December 2026 20:15")]
    public void Every_timestamp_style_is_rendered(string style, string expected) =>
        Assert.Equal(expected, _markup.Render($"<t:{Unix(Start)}:{style}>", BotLanguage.English));

    [Fact]
    public void Role_channel_and_user_mentions_show_names()
    {
        var guild = _world.DefaultGuild;
        var text = $"<@&{guild.Role("Viewers").Id}> see <#{guild.Channel("announcements").Id}>, asked by <@{_world.Moderator.Id}>";

        Assert.Equal("@Viewers see #announcements, asked by @mod-mia", _markup.Render(text, BotLanguage.English));
    }

    [Fact]
    public void Bold_is_shown_without_asterisks_and_escaped_markdown_literally()
    {
        var text = @"**Tereza Novotná** – Korea\-Expertin, 5 \* 3 \_x\_ [ZDF](https://zdf.de)";

        Assert.Equal("Tereza Novotná – Korea-Expertin, 5 * 3 _x_ ZDF (https://zdf.de)", _markup.Render(text, BotLanguage.German));
    }

    [Fact]
    public void Bold_uses_ansi_only_when_enabled()
    {
        var coloured = new TerminalMarkup(_world, _time, new AnsiStyle(enabled: true));

        Assert.Equal("\u001b[1mlive\u001b[0m now", coloured.Render("**live** now", BotLanguage.English));
    }

    [Fact]
    public void Mentions_the_bot_defused_stay_literal_text()
    {
        var text = "<\u200B@&123> and @\u200Beveryone";

        Assert.Equal("<@&123> and @everyone", _markup.Render(text, BotLanguage.English));
    }
}
