using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.NoToken.Terminal;
using NewsBot.Sandbox;
using NewsBot.Texts;

namespace NewsBot.Tests.NoToken.Terminal;

/// <summary>The terminal against a real in-process sandbox on 127.0.0.1, with no bot connected.</summary>
#pragma warning disable CA1001 // disposed in DisposeAsync, which xunit calls through IAsyncLifetime
public sealed class SandboxTerminalTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly SandboxServer _sandbox = new();
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _sandbox.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sandbox.DisposeAsync();
    }

    private SandboxTerminal Terminal(TextReader input, TextWriter output, BotLanguage language = BotLanguage.English) =>
        new(_sandbox, input, output, TimeProvider.System, NullLogger<SandboxTerminal>.Instance,
            new SandboxTerminalOptions { Language = language, EchoInput = true });

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task PostAsBotAsync(string channel, JsonObject body)
    {
        var channelId = Id(_sandbox.World.DefaultGuild.Channel(channel).Id);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_sandbox.ApiBaseUri, $"channels/{channelId}/messages"))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "anything");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private async Task RegisterCommandsAsync()
    {
        var path = $"applications/{Id(_sandbox.World.ApplicationId)}/guilds/{Id(_sandbox.World.DefaultGuild.Id)}/commands";
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(_sandbox.ApiBaseUri, path))
        {
            Content = JsonContent.Create(TerminalFixtures.Commands()),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "anything");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_command_typed_while_no_bot_is_connected_says_so_and_quit_ends_the_session()
    {
        var output = new StringWriter();

        var exit = await Terminal(new StringReader("/summary length:short\n:quit\n/never\n"), output).RunAsync(botConnected: false);

        Assert.Equal(TerminalExit.Quit, exit);
        var text = output.ToString();
        Assert.Contains("no Discord token is set", text, StringComparison.Ordinal);
        Assert.Contains("You are viewer-vic [Viewers] in #general.", text, StringComparison.Ordinal);
        Assert.Contains("The bot has not connected yet", text, StringComparison.Ordinal);
        Assert.Contains("viewer-vic #general> /summary length:short\nThe bot is not connected (yet)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/never", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_end_of_input_stops_reading_without_quitting()
    {
        var output = new StringWriter();

        var exit = await Terminal(new StringReader(":help\n"), output).RunAsync();

        Assert.Equal(TerminalExit.EndOfInput, exit);
        Assert.Contains(":as moderator|viewer|owner", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Input closed; the bot keeps running", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_shows_what_the_bot_posted_in_a_channel_rendered_for_the_terminal()
    {
        var viewers = _sandbox.World.DefaultGuild.Role("Viewers").Id;
        await PostAsBotAsync("announcements", new JsonObject
        {
            ["content"] = $"<@&{Id(viewers)}> **Live now**",
            ["embeds"] = new JsonArray(new JsonObject { ["title"] = "Waffen aus Nordkorea", ["description"] = "Es diskutieren \\*zwei\\*." }),
        });
        var output = new StringWriter();

        await Terminal(new StringReader(":messages #general\n:messages announcements\n"), output).RunAsync();

        var text = output.ToString();
        Assert.Contains("#general has no messages yet.", text, StringComparison.Ordinal);
        Assert.Contains("#announcements NewsBot, ", text, StringComparison.Ordinal);
        Assert.Contains("  @Viewers Live now\n  ╭─ Waffen aus Nordkorea\n  │ Es diskutieren *zwei*.\n  ╰─", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_that_arrives_while_the_person_is_idle_is_printed_with_its_channel()
    {
        var input = new ScriptedInput();
        var output = new ObservableWriter();
        var terminal = Terminal(input, output);
        var run = terminal.RunAsync();
        await terminal.Watching.WaitAsync(TimeSpan.FromSeconds(30));
        await output.WaitForAsync("viewer-vic #general> ");

        await PostAsBotAsync("announcements", new JsonObject { ["content"] = "Gleich live: **Waffen aus Nordkorea**" });

        await output.WaitForAsync("📣 #announcements: NewsBot, ");
        await output.WaitForAsync("  Gleich live: Waffen aus Nordkorea\n");
        input.Type(":quit");
        Assert.Equal(TerminalExit.Quit, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        var after = output.Text[output.Text.IndexOf("📣", StringComparison.Ordinal)..];
        Assert.Contains("viewer-vic #general> ", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_neither_sees_nor_names_the_moderators_private_channel_and_a_moderator_does()
    {
        await PostAsBotAsync("moderators", new JsonObject { ["content"] = "Question waiting for approval" });
        var output = new StringWriter();
        var lines = string.Join("\n",
            ":messages moderators",
            ":channel moderators",
            ":as moderator",
            ":channel moderators",
            ":messages",
            ":as viewer");

        await Terminal(new StringReader(lines + "\n"), output).RunAsync();

        var text = output.ToString();
        var asModerator = text.IndexOf("You are now mod-mia", StringComparison.Ordinal);
        var viewerPart = text[..asModerator];
        Assert.Contains("✗ There is no channel #moderators. Channels: #general, #announcements, #read-only\n", viewerPart, StringComparison.Ordinal);
        Assert.DoesNotContain("Question waiting", viewerPart, StringComparison.Ordinal);
        var moderatorPart = text[asModerator..];
        Assert.Contains("#moderators NewsBot, ", moderatorPart, StringComparison.Ordinal);
        Assert.Contains("  Question waiting for approval\n", moderatorPart, StringComparison.Ordinal);
        Assert.Contains("You are now viewer-vic [Viewers].\nYou now type in #general.\n", moderatorPart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_a_one_line_answer_in_the_chosen_language_and_the_session_goes_on()
    {
        await RegisterCommandsAsync();
        var output = new StringWriter();
        var lines = string.Join("\n",
            "/config reminders steps:\"60, 15",
            ":as nobody",
            "/config channel channel:#nowhere",
            ":lang de",
            "/summary length:short extra",
            ":bogus",
            ":as moderator",
            ":commands");

        var exit = await Terminal(new StringReader(lines + "\n"), output).RunAsync();

        Assert.Equal(TerminalExit.EndOfInput, exit);
        var text = output.ToString();
        Assert.Contains("✗ A quote is not closed: /config reminders steps:\"60, 15\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ Use :as moderator|viewer|owner.\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ There is no channel #nowhere. Channels: #general, #announcements, #read-only\n", text, StringComparison.Ordinal);
        Assert.Contains("Sprache: Deutsch.", text, StringComparison.Ordinal);
        Assert.Contains("✗ Erwartet wird option:wert, nicht „extra“.\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ Unbekannter Befehl :bogus. Tippe :help.\n", text, StringComparison.Ordinal);
        Assert.Contains("Du bist jetzt mod-mia [Moderator].\nmod-mia #general> ", text, StringComparison.Ordinal);
        Assert.Contains("/zusammenfassung [discussion:<text, ? suggests>] [länge:kurz|mittel|lang] — Eine kurze\nZusammenfassung einer Diskussion (/summary)\n", text, StringComparison.Ordinal);
        Assert.Contains("/einstellungen channel channel:<#channel> — Where announcements go", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_banner_says_when_the_demo_stream_starts_in_local_time_and_when_its_reminder_comes()
    {
        var time = TerminalFixtures.BerlinTime();
        var output = new StringWriter();
        var terminal = new SandboxTerminal(_sandbox, new StringReader(""), output, time, NullLogger<SandboxTerminal>.Instance,
            new SandboxTerminalOptions
            {
                Language = BotLanguage.German,
                DemoStream = new DemoStreamNotice("Wie sicher ist Europa?", TerminalFixtures.Now.AddMinutes(4), TimeSpan.FromMinutes(2)),
            });

        await terminal.RunAsync();

        Assert.Contains("Demo: „Wie sicher ist Europa?“ startet um 20:04 (nur in diesem Lauf). 2 Minuten vorher", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hints_name_commands_subcommands_and_options_in_the_readers_language()
    {
        var path = $"applications/{Id(_sandbox.World.ApplicationId)}/guilds/{Id(_sandbox.World.DefaultGuild.Id)}/commands";
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(_sandbox.ApiBaseUri, path))
        {
            Content = JsonContent.Create(JsonNode.Parse("""
                [ { "name": "config", "type": 1, "description": "Settings", "name_localizations": { "de": "einstellungen" },
                    "options": [
                      { "name": "show", "type": 1, "description": "Show", "name_localizations": { "de": "anzeigen" } },
                      { "name": "reminders", "type": 1, "description": "Reminders", "name_localizations": { "de": "erinnerungen" },
                        "options": [ { "name": "steps", "type": 3, "description": "Steps", "name_localizations": { "de": "minuten" }, "required": true } ] } ] } ]
                """)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "anything");
        (await _http.SendAsync(request)).EnsureSuccessStatusCode();
        var lines = string.Join("\n",
            "/einstellungen erinnerungen schritte:5",
            "/einstellungen bogus",
            "/einstellungen",
            "/einstellungen erinnerungen",
            "/hilfe",
            ":lang en",
            "/config reminders schritte:5",
            "/config bogus");
        var output = new StringWriter();

        await Terminal(new StringReader(lines + "\n"), output, BotLanguage.German).RunAsync();

        var text = output.ToString();
        Assert.Contains("✗ Unbekannte Option „schritte“. Optionen: minuten\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ Unbekannter Unterbefehl „bogus“. Möglich: anzeigen, erinnerungen\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ Dieser Befehl braucht einen Unterbefehl: anzeigen, erinnerungen\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ Die Option „minuten“ ist Pflicht.\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ Den Befehl /hilfe gibt es nicht. Befehle: /einstellungen\n", text, StringComparison.Ordinal);
        Assert.Contains("Options: steps", text, StringComparison.Ordinal);
        Assert.Contains(": show, reminders", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_reaches_the_bot_as_the_chosen_member_channel_and_language_and_its_reply_is_rendered()
    {
        await RegisterCommandsAsync();
        var guild = _sandbox.World.DefaultGuild;
        var announcements = Id(guild.Channel("announcements").Id);
        await using var bot = new FakeGatewayBot(_sandbox, interaction => new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject
            {
                ["flags"] = 64,
                ["embeds"] = new JsonArray(new JsonObject
                {
                    ["title"] = "Einstellungen",
                    ["fields"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "Kanal",
                        ["value"] = $"<#{interaction["data"]!["options"]![0]!["options"]![0]!["value"]}>",
                    }),
                }),
            },
        });
        await bot.ConnectAsync();
        Assert.True(await _sandbox.Control.WaitForBotAsync(TimeSpan.FromSeconds(30)));
        var output = new StringWriter();

        await Terminal(new StringReader(":as moderator\n:lang de\n:channel announcements\n/einstellungen channel channel:#announcements\n"), output)
            .RunAsync();

        var received = await bot.Received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(Id(_sandbox.World.Moderator.Id), received["member"]!["user"]!["id"]!.ToString());
        Assert.Equal("de", received["locale"]!.ToString());
        Assert.Equal(announcements, received["channel_id"]!.ToString());
        Assert.Equal("config", received["data"]!["name"]!.ToString());
        Assert.Equal(
            $$"""[{"name":"channel","type":1,"options":[{"name":"channel","type":7,"value":"{{announcements}}"}]}]""",
            received["data"]!["options"]!.ToJsonString());
        Assert.Contains(
            "mod-mia #announcements> /einstellungen channel channel:#announcements\n👁 nur für dich sichtbar\n╭─ Einstellungen\n│ Kanal: #announcements\n╰─\n",
            output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_presses_a_button_by_its_label_as_the_chosen_member_and_renders_the_answer()
    {
        await PostAsBotAsync("general", new JsonObject
        {
            ["content"] = "Runde",
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = "Leitfragen", ["custom_id"] = "questions:42" }),
            }),
        });
        await using var bot = new FakeGatewayBot(_sandbox, interaction => new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject { ["flags"] = 64, ["content"] = $"pressed {interaction["data"]!["custom_id"]}" },
        });
        await bot.ConnectAsync();
        Assert.True(await _sandbox.Control.WaitForBotAsync(TimeSpan.FromSeconds(30)));
        var output = new StringWriter();

        await Terminal(new StringReader(":messages\n:as moderator\n:press leitfragen\n:press Gibt es nicht\n"), output).RunAsync();

        var received = await bot.Received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, received["type"]!.GetValue<int>());
        Assert.Equal(Id(_sandbox.World.Moderator.Id), received["member"]!["user"]!["id"]!.ToString());
        var text = output.ToString();
        Assert.Contains("  Runde\n  [Leitfragen]\n", text, StringComparison.Ordinal);
        Assert.Contains("mod-mia #general> :press leitfragen\n👁 only you can see this\npressed questions:42\n", text, StringComparison.Ordinal);
        Assert.Contains("✗ No message in #general has a button \"Gibt es nicht\" to press.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_lists_the_scheduled_events_of_the_server()
    {
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var path = $"guilds/{Id(_sandbox.World.DefaultGuild.Id)}/scheduled-events";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_sandbox.ApiBaseUri, path))
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["name"] = "Waffen aus Nordkorea",
                ["privacy_level"] = 2,
                ["entity_type"] = 3,
                ["scheduled_start_time"] = start.ToString("O", CultureInfo.InvariantCulture),
                ["scheduled_end_time"] = start.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
                ["entity_metadata"] = new JsonObject { ["location"] = "https://www.zdf.de/live" },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "anything");
        using (var response = await _http.SendAsync(request))
            response.EnsureSuccessStatusCode();
        var output = new StringWriter();

        await Terminal(new StringReader(":events\n"), output).RunAsync();

        Assert.Contains("• Waffen aus Nordkorea — ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(in 2 days) — https://www.zdf.de/live [scheduled]", output.ToString(), StringComparison.Ordinal);
    }
}
