using NewsBot.NoToken.Terminal;
using NewsBot.Texts;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = TerminalFixtures.Now;

    [Theory]
    [InlineData(10, "in a few seconds", "in wenigen Sekunden")]
    [InlineData(-10, "a few seconds ago", "vor wenigen Sekunden")]
    [InlineData(60, "in 1 minute", "in 1 Minute")]
    [InlineData(15 * 60, "in 15 minutes", "in 15 Minuten")]
    [InlineData(-90 * 60, "2 hours ago", "vor 2 Stunden")]
    [InlineData(3 * 86400, "in 3 days", "in 3 Tagen")]
    [InlineData(-86400, "1 day ago", "vor 1 Tag")]
    [InlineData(61 * 86400, "in 2 months", "in 2 Monaten")]
    [InlineData(-800 * 86400, "2 years ago", "vor 2 Jahren")]
    public void Rounds_to_the_largest_sensible_unit(int seconds, string english, string german)
    {
        Assert.Equal(english, RelativeTime.Format(Now.AddSeconds(seconds), Now, BotLanguage.English));
        Assert.Equal(german, RelativeTime.Format(Now.AddSeconds(seconds), Now, BotLanguage.German));
    }
}
