using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.NoToken.Terminal;
using NewsBot.Sandbox.Control;
using NewsBot.Texts;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class MessageRendererTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 19, 15, 0, TimeSpan.Zero);
    private readonly Sandbox.World.SandboxWorld _world;
    private readonly MessageRenderer _renderer;
    private readonly OutcomeRenderer _outcomes;

    public MessageRendererTests()
    {
        var time = TerminalFixtures.BerlinTime();
        _world = TerminalFixtures.World(time);
        var style = new AnsiStyle(enabled: false);
        _renderer = new MessageRenderer(new TerminalMarkup(_world, time, style), style, time);
        _outcomes = new OutcomeRenderer(_renderer, style);
    }

    private static string Unix => Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static JsonObject SummaryReply(int flags = 0) => new()
    {
        ["content"] = "",
        ["flags"] = flags,
        ["embeds"] = new JsonArray(new JsonObject
        {
            ["title"] = "Waffen und Munition aus Nordkorea",
            ["description"] = "Russlands Präsident Putin hat Nordkoreas Machthaber Kim empfangen\\.",
            ["color"] = 0x3498DB,
            ["fields"] = new JsonArray(
                new JsonObject { ["name"] = "Stream", ["value"] = $"Live | ZDFheute live\n<t:{Unix}:F> (<t:{Unix}:R>)", ["inline"] = false }),
            ["footer"] = new JsonObject { ["text"] = "000_8dbe49e802ff1033" },
        }),
    };

    [Fact]
    public void An_embed_is_a_box_with_title_description_fields_and_footer()
    {
        var lines = _renderer.Render(SummaryReply(), BotLanguage.German, 100);

        Assert.Equal(
            [
                "╭─ Waffen und Munition aus Nordkorea",
                "│ Russlands Präsident Putin hat Nordkoreas Machthaber Kim empfangen.",
                "│",
                "│ Stream:",
                "│   Live | ZDFheute live",
                "│   Donnerstag, 3. Dezember 2026 20:15 (in 15 Minuten)",
                "╰─ 000_8dbe49e802ff1033",
            ],
            lines);
    }

    [Fact]
    public void Ephemeral_replies_are_marked_as_visible_only_to_you()
    {
        Assert.Equal("👁 only you can see this", _renderer.Render(SummaryReply(flags: 64), BotLanguage.English, 100)[0]);
        Assert.Equal("👁 nur für dich sichtbar", _renderer.Render(SummaryReply(flags: 64), BotLanguage.German, 100)[0]);
        Assert.StartsWith("╭─", _renderer.Render(SummaryReply(), BotLanguage.English, 100)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_fields_stand_side_by_side_when_there_is_room_and_are_listed_when_not()
    {
        var embed = new JsonObject
        {
            ["fields"] = new JsonArray(
                new JsonObject { ["name"] = "Channel", ["value"] = $"<#{_world.DefaultGuild.Channel("announcements").Id}>", ["inline"] = true },
                new JsonObject { ["name"] = "Role", ["value"] = $"<@&{_world.DefaultGuild.Role("Viewers").Id}>", ["inline"] = true }),
        };

        var wide = _renderer.RenderEmbed(embed, BotLanguage.English, 60);
        var narrow = _renderer.RenderEmbed(embed, BotLanguage.English, 30);

        Assert.Equal(["╭─", "│ Channel                       Role", "│ #announcements                @Viewers", "╰─"], wide);
        Assert.Equal(["╭─", "│ Channel: #announcements", "│ Role: @Viewers", "╰─"], narrow);
    }

    [Fact]
    public void Long_text_is_wrapped_within_the_width()
    {
        var message = new JsonObject { ["content"] = string.Join(" ", Enumerable.Repeat("Leitfrage", 40)), ["embeds"] = SummaryReply()["embeds"]!.DeepClone() };

        var lines = _renderer.Render(message, BotLanguage.German, 50);

        Assert.All(lines, line => Assert.True(TextWrap.VisibleWidth(line) <= 50, line));
        Assert.True(lines.Count > 10);
    }

    [Fact]
    public void A_deferred_reply_shows_the_edited_original()
    {
        var original = SummaryReply(flags: 64);
        var outcome = new InteractionOutcome(200, "1", new JsonObject { ["type"] = 5, ["data"] = new JsonObject { ["flags"] = 64 } }, [], original, null);

        var lines = _outcomes.Render(outcome, BotLanguage.English, 100);

        Assert.Equal("👁 only you can see this", lines[0]);
        Assert.Equal("╭─ Waffen und Munition aus Nordkorea", lines[1]);
    }

    [Fact]
    public void A_deferral_that_never_got_its_reply_says_so()
    {
        var loading = new JsonObject { ["flags"] = 128, ["content"] = "" };
        var outcome = new InteractionOutcome(200, "1", new JsonObject { ["type"] = 5 }, [], loading, null);

        Assert.Equal(["The bot is still thinking (no reply after the deferral)."], _outcomes.Render(outcome, BotLanguage.English, 100));
    }

    [Fact]
    public void Suggestions_list_name_and_value()
    {
        var choices = new JsonArray(new JsonObject { ["name"] = "Waffen aus Nordkorea", ["value"] = "000_8dbe49e802ff1033" });
        var outcome = new InteractionOutcome(200, "1", new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = choices } }, [], null, null);

        Assert.Equal(["Vorschläge (nimm den Wert nach →):", "  Waffen aus Nordkorea → 000_8dbe49e802ff1033"], _outcomes.Render(outcome, BotLanguage.German, 100));
    }

    [Fact]
    public void Follow_ups_come_after_the_reply()
    {
        var outcome = new InteractionOutcome(200, "1", new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "first" } },
            [new JsonObject { ["content"] = "second", ["flags"] = 64 }], null, null);

        Assert.Equal(["first", "↳ follow-up", "👁 only you can see this", "second"], _outcomes.Render(outcome, BotLanguage.English, 100));
    }

    [Theory]
    [InlineData(503, "The bot is not connected (yet); try again in a moment.")]
    [InlineData(504, "The bot did not answer within Discord's 3 seconds.")]
    [InlineData(404, "The sandbox could not deliver the command (404: unknown channel).")]
    public void Failures_of_the_sandbox_are_explained(int status, string expected) =>
        Assert.Equal([expected], _outcomes.Render(InteractionOutcome.Failed(status, "unknown channel"), BotLanguage.English, 100));

    [Fact]
    public void Buttons_are_drawn_as_a_row_of_labels_links_marked_with_an_arrow()
    {
        var message = new JsonObject
        {
            ["content"] = "Wer diskutiert?",
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(
                    new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = "Leitfragen", ["custom_id"] = "questions:1" },
                    new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = "Alt", ["custom_id"] = "old:1", ["disabled"] = true },
                    new JsonObject { ["type"] = 2, ["style"] = 5, ["label"] = "Live", ["url"] = "https://example.org/live" }),
            }),
        };

        Assert.Equal(["Wer diskutiert?", "[Leitfragen] [Alt] [Live ↗]"], _renderer.Render(message, BotLanguage.German, 80));
        Assert.True(MessageRenderer.IsPressable(message["components"]![0]!["components"]![0]!.AsObject()));
        Assert.False(MessageRenderer.IsPressable(message["components"]![0]!["components"]![1]!.AsObject()));
        Assert.False(MessageRenderer.IsPressable(message["components"]![0]!["components"]![2]!.AsObject()));
    }
}
