using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.DiscordAdapters;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Tests.Announcements;

public sealed class AnnouncementComposerTests
{
    private static readonly StreamEntry Stream = AnnouncementHarness.Stream();
    private static readonly long Unix = Stream.StartsAt.ToUnixTimeSeconds();
    private readonly AnnouncementComposer _composer = new();

    private static GuildSettings Settings(BotLanguage language, ulong? role = 777) =>
        new(1, 100, role, GuildSettings.DefaultReminderOffsets, language, false);

    [Fact]
    public void A_german_reminder_uses_discord_timestamps_and_pings_only_the_role()
    {
        var message = _composer.Compose(AnnouncementHarness.Discussion(), Stream, TimeSpan.FromMinutes(15), Settings(BotLanguage.German), preview: false);

        Assert.Equal($"<@&777> Gleich geht's los: „Wie sicher ist Europa? | ZDFheute live“ (Beginn: <t:{Unix}:t>, <t:{Unix}:R>)", message.Content);
        Assert.Equal(777UL, message.PingRoleId);
        Assert.False(message.Ephemeral);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Wie sicher ist Europa? | ZDFheute live", embed.Title);
        Assert.Contains($"Beginn: <t:{Unix}:F> (<t:{Unix}:R>)", embed.Description, StringComparison.Ordinal);
        Assert.Equal("https://example.org/live", embed.Url);
        var panel = Assert.Single(embed.Fields);
        Assert.Equal("Auf dem Podium", panel.Name);
        Assert.Equal("**Anna Beispiel** – Politologin, Universität Kiel", panel.Value);
    }

    [Fact]
    public void An_english_live_post_has_the_title_panel_and_link()
    {
        var message = _composer.Compose(AnnouncementHarness.Discussion(), Stream, TimeSpan.Zero, Settings(BotLanguage.English), preview: false);

        Assert.Equal("<@&777> Live now: “Wie sicher ist Europa? | ZDFheute live”", message.Content);
        var embed = Assert.Single(message.Embeds);
        Assert.Contains("Watch here: https://example.org/live", embed.Description, StringComparison.Ordinal);
        Assert.Contains($"Live since <t:{Unix}:t> (<t:{Unix}:R>)", embed.Description, StringComparison.Ordinal);
        Assert.Equal("On the panel", Assert.Single(embed.Fields).Name);
    }

    [Fact]
    public void Without_a_ping_role_nobody_is_mentioned()
    {
        var message = _composer.Compose(AnnouncementHarness.Discussion(), Stream, TimeSpan.Zero, Settings(BotLanguage.German, role: null), preview: false);

        Assert.Null(message.PingRoleId);
        Assert.DoesNotContain("<@", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preview_is_ephemeral_and_pings_nobody()
    {
        var message = _composer.Compose(AnnouncementHarness.Discussion(), Stream, TimeSpan.FromMinutes(15), Settings(BotLanguage.German), preview: true);

        Assert.True(message.Ephemeral);
        Assert.Null(message.PingRoleId);
        Assert.DoesNotContain("<@&", message.Content, StringComparison.Ordinal);
        Assert.Contains("Vorschau", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_text_with_everyone_here_or_mention_syntax_cannot_ping()
    {
        var discussion = AnnouncementHarness.Discussion() with
        {
            StreamTitle = "Hey @everyone and @here, ask <@123> and <@&456> in <#789> | Show",
            Panel = [new Expert("@everyone", "<@&1>", null)],
        };

        var message = _composer.Compose(discussion, Stream, TimeSpan.Zero, Settings(BotLanguage.English), preview: false);

        var texts = new[] { message.Content!, message.Embeds[0].Title!, message.Embeds[0].Fields[0].Value };
        foreach (var text in texts)
        {
            Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<@1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<@&4", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<#", text, StringComparison.Ordinal);
        }

        Assert.StartsWith("<@&777> ", message.Content, StringComparison.Ordinal);
        Assert.Equal(777UL, message.PingRoleId);
    }

    [Fact]
    public void Long_document_text_is_cut_to_discords_limits()
    {
        var longTitle = string.Join(" ", Enumerable.Repeat("Wort", 1000));
        var discussion = AnnouncementHarness.Discussion() with
        {
            StreamTitle = longTitle,
            Panel = [.. Enumerable.Range(0, 100).Select(i => new Expert($"Expertin Nummer {i}", "Professorin für sehr lange Rollenbezeichnungen", "Universität"))],
        };

        var posted = BotMessageMapper.ToCreateRequest(
            _composer.Compose(discussion, Stream, TimeSpan.FromMinutes(15), Settings(BotLanguage.German), preview: false), "n");

        var embed = posted.Embeds![0];
        Assert.Empty(NewsBot.Discord.Validation.DiscordRequestValidator.Validate(posted));
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", embed.Fields![0].Value, StringComparison.Ordinal);
    }

    /// <summary>How a client shows relative times, in its own language and tense.</summary>
    public static TheoryData<BotLanguage, int, string> Renderings()
    {
        var data = new TheoryData<BotLanguage, int, string>();
        foreach (var language in new[] { BotLanguage.German, BotLanguage.English })
        {
            foreach (var minutes in new[] { 15, 0 })
            {
                foreach (var shown in new[] { "in 15 Minuten", "vor 5 Minuten", "vor wenigen Sekunden", "in 15 minutes", "5 minutes ago", "a few seconds ago" })
                    data.Add(language, minutes, shown);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void A_relative_time_stands_on_its_own_so_it_reads_right_in_every_client_language(BotLanguage language, int minutesBefore, string shown)
    {
        var message = _composer.Compose(AnnouncementHarness.Discussion(), Stream, TimeSpan.FromMinutes(minutesBefore), Settings(language), preview: false);
        var texts = new[] { message.Content ?? "", message.Embeds[0].Description ?? "" }.Where(t => t.Contains($"<t:{Unix}:R>", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            var rendered = text.Replace($"<t:{Unix}:R>", shown, StringComparison.Ordinal).Replace($"<t:{Unix}:t>", "20:15", StringComparison.Ordinal);
            // Only in parentheses of its own ("(in 15 Minuten)", "(Beginn: 20:15, vor 5 Minuten)"), never inside a sentence.
            Assert.Matches(@"(\(|, )" + System.Text.RegularExpressions.Regex.Escape(shown) + @"\)", rendered);
            foreach (var wrong in new[] { "seit " + shown, "since " + shown, "beginnt " + shown, "starts " + shown })
                Assert.DoesNotContain(wrong, rendered, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_german_live_post_says_since_when_as_a_clock_time_and_the_relative_time_in_parentheses()
    {
        var message = _composer.Compose(AnnouncementHarness.Discussion(), Stream, TimeSpan.Zero, Settings(BotLanguage.German), preview: false);

        Assert.StartsWith($"Live seit <t:{Unix}:t> (<t:{Unix}:R>)", message.Embeds[0].Description, StringComparison.Ordinal);
    }
}
