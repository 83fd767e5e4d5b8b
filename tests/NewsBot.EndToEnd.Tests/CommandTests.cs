using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;
using NewsBot.Sandbox.Control;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

public sealed class CommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private BotHarness _bot = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_bot is not null)
            await _bot.DisposeAsync();
    }

    /// <summary>Starts the bot with interactions arriving over <paramref name="mode"/> (the gateway, or HTTP POSTs).</summary>
    private async Task StartAsync(string mode = Gateway) =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)), mode: mode);

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task Every_command_is_registered_globally_with_German_localizations(string mode)
    {
        await StartAsync(mode);
        var commands = _bot.Sandbox.Control.Commands();
        var names = commands.Select(c => c!["name"]!.GetValue<string>()).Order().ToList();
        var defined = _bot.Services.GetRequiredService<CommandRouter>().Definitions.Select(d => d.Name).Order().ToList();
        Assert.Equal(defined, names);
        foreach (var command in commands)
            Assert.False(string.IsNullOrEmpty(command!["description_localizations"]?["de"]?.GetValue<string>()), $"{command["name"]} has no German description");
        var config = commands.Single(c => c!["name"]!.GetValue<string>() == "config")!;
        Assert.Equal("32", config["default_member_permissions"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_commands_are_registered_once_the_registration_delay_after_connecting_has_passed_and_replies_come_before()
    {
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(2), Now.AddDays(2).AddHours(1)),
            settings: new Dictionary<string, string?> { ["Bot:CommandRegistrationDelay"] = "00:00:05" });
        var registration = _bot.Services.GetRequiredService<DiscordAdapters.CommandRegistrationService>().FirstRegistration;

        var reply = await _bot.ReplyAsync(_bot.Viewer("help", "en-US"));
        Assert.Contains("What I can do", Text(reply), StringComparison.Ordinal);
        _bot.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(registration.IsCompleted);
        Assert.Empty(_bot.Sandbox.Control.Commands());

        _bot.Time.Advance(TimeSpan.FromSeconds(1));
        await registration.WaitAsync(Patience);

        Assert.Equal(_bot.Services.GetRequiredService<CommandRouter>().Definitions.Count, _bot.Sandbox.Control.Commands().Count);
    }

    [Theory]
    [InlineData("de", Gateway)]
    [InlineData("en-US", Gateway)]
    [InlineData("de", Http)]
    [InlineData("en-US", Http)]
    [InlineData("en-US", Both)]
    public async Task Every_public_command_answers_in_the_users_language(string locale, string mode)
    {
        await StartAsync(mode);
        var publicCommands = _bot.Services.GetRequiredService<CommandRouter>().Definitions
            .Where(d => d.DefaultMemberPermissions is null).Select(d => d.Name).ToList();
        Assert.Contains("summary", publicCommands);
        foreach (var command in publicCommands)
        {
            var reply = await _bot.ReplyAsync(_bot.Viewer(command, locale, Option("discussion", DiscussionId)) with
            {
                Options = TakesADiscussion(command) ? new JsonArray(Option("discussion", DiscussionId)) : null,
            });
            var text = Text(reply);
            Assert.False(string.IsNullOrWhiteSpace(text), $"/{command} replied with nothing");
            Assert.DoesNotContain("Sorry, something went wrong", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Entschuldigung", text, StringComparison.Ordinal);
        }

        var help = Text(await _bot.ReplyAsync(_bot.Viewer("help", locale)));
        Assert.Contains(locale == "de" ? "Zusammenfassung" : "summary", help, StringComparison.OrdinalIgnoreCase);
        var panel = Text(await _bot.ReplyAsync(_bot.Viewer("panel", locale, Option("discussion", DiscussionId))));
        Assert.Contains("Tereza Novotná", panel, StringComparison.Ordinal);
        var schedule = Text(await _bot.ReplyAsync(_bot.Viewer("schedule", locale)));
        Assert.Contains("Nordkorea", schedule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task An_unknown_discussion_gets_an_ephemeral_answer_and_the_bot_keeps_serving(string mode)
    {
        await StartAsync(mode);
        var reply = await _bot.ReplyAsync(_bot.Viewer("summary", "en-US", Option("discussion", "no such talk")));
        Assert.True(IsEphemeral(reply));
        Assert.Contains("I don't know a discussion", Text(reply), StringComparison.Ordinal);

        var german = await _bot.ReplyAsync(_bot.Viewer("panel", "de", Option("discussion", "gibt es nicht")));
        Assert.True(IsEphemeral(german));
        Assert.Contains("kenne ich nicht", Text(german), StringComparison.Ordinal);

        var stillFine = await _bot.ReplyAsync(_bot.Viewer("summary", "de", Option("discussion", DiscussionId)));
        Assert.Contains("Nordkorea", Text(stillFine), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Gateway)]
    [InlineData(Http)]
    public async Task Autocomplete_of_discussion_suggests_the_matching_discussion(string mode)
    {
        await StartAsync(mode);
        var outcome = await _bot.InvokeAsync(new InteractionRequest("summary")
        {
            Type = 4,
            UserId = _bot.Sandbox.World.Viewer.Id,
            Options = [new JsonObject { ["name"] = "discussion", ["type"] = 3, ["value"] = "nordk", ["focused"] = true }],
        });
        Assert.Equal(8, outcome.Callback!["type"]!.GetValue<int>());
        var choices = outcome.Callback["data"]!["choices"]!.AsArray();
        var choice = Assert.Single(choices);
        Assert.Equal(DiscussionId, choice!["value"]!.GetValue<string>());
        Assert.Contains("Nordkorea", choice["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private bool TakesADiscussion(string command) =>
        _bot.Services.GetRequiredService<CommandRouter>().Definitions.Single(d => d.Name == command).Options.Any(o => o.Name == "discussion");
}
