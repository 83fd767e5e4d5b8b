using NewsBot.Companion;
using NewsBot.Core.Documents;
using NewsBot.Texts;

namespace NewsBot.Tests.Companion;

public sealed class LiveThreadComposerTests
{
    private static Discussion With(string title, IReadOnlyList<Expert>? panel = null) =>
        new("talk", "Schlagzeile *fett*", title, "Show", null, DocumentLanguage.German, panel ?? [], ["Erste Frage?", "Zweite @everyone?"], []);

    [Theory]
    [InlineData("Kurzer Titel | Show", "Kurzer Titel | Show")]
    [InlineData("  Mit \n Umbruch  ", "Mit Umbruch")]
    public void The_thread_is_named_after_the_stream_title(string title, string expected) =>
        Assert.Equal(expected, LiveThreadComposer.ThreadName(With(title)));

    [Fact]
    public void A_title_over_100_characters_is_cut_at_a_word_with_an_ellipsis()
    {
        var name = LiveThreadComposer.ThreadName(With(string.Join(' ', Enumerable.Repeat("Wort", 40))));

        Assert.InRange(name.Length, 50, 100);
        Assert.EndsWith("Wort…", name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_intro_lists_the_panel_and_the_guiding_questions_literally()
    {
        var intro = LiveThreadComposer.Intro(With("T", [new Expert("Dr. Anna *Beispiel*", "Politologin", "Uni Kiel")]), null, BotLanguage.German);

        var embed = Assert.Single(intro.Embeds);
        Assert.Contains(@"Schlagzeile \*fett\*", embed.Title, StringComparison.Ordinal);
        Assert.Contains(@"**Dr. Anna \*Beispiel\*** – Politologin, Uni Kiel", embed.Fields[0].Value, StringComparison.Ordinal);
        Assert.Contains("1. Erste Frage?", embed.Fields[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", embed.Fields[1].Value, StringComparison.Ordinal);
        Assert.Null(intro.PingRoleId);
    }
}
