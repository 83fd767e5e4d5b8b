using System.Text.Json.Nodes;
using NewsBot.Discord.Models;
using NewsBot.Sandbox.Control;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Interactions from the sandbox through the gateway to our handler and back through the callback routes.</summary>
public sealed class InteractionIntegrationTests
{
    [Fact]
    public async Task A_command_reaches_the_handler_and_its_reply_is_the_callback_the_sandbox_sees()
    {
        await using var bot = await SandboxBot.StartAsync();

        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("summary") { Locale = "en-US" });

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(4, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal("reply to /summary", (string?)outcome.Callback!["data"]!["content"]);
        Assert.Equal("summary", (string?)outcome.Callback["data"]!["embeds"]![0]!["title"]);
        Assert.Equal(1, bot.Handler.Handled[Snowflake.Parse(outcome.InteractionId!)]);
        var posted = Assert.Single(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
        Assert.Equal("reply to /summary", (string?)posted["content"]);
    }

    [Fact]
    public async Task An_ephemeral_reply_carries_the_ephemeral_flag_and_stays_out_of_the_channel()
    {
        await using var bot = await SandboxBot.StartAsync();
        bot.Handler.Reply = (_, _) => ValueTask.FromResult(InteractionResponse.Message(new InteractionMessage
        {
            Content = "nur für dich", AllowedMentions = AllowedMentions.None, Ephemeral = true,
        }));

        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("config"));

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(4, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal(64, (int)outcome.Callback!["data"]!["flags"]!);
        Assert.Empty(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
    }

    [Fact]
    public async Task Autocomplete_is_answered_with_choices()
    {
        await using var bot = await SandboxBot.StartAsync();

        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("panel")
        {
            Type = 4,
            Options = [new JsonObject { ["name"] = "discussion", ["type"] = 3, ["value"] = "kli", ["focused"] = true }],
        });

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(8, SandboxBot.CallbackType(outcome.Callback));
        var choice = Assert.Single(outcome.Callback!["data"]!["choices"]!.AsArray());
        Assert.Equal("klima", (string?)choice!["value"]);
    }

    [Fact]
    public async Task A_slow_handler_is_deferred_in_time_and_its_reply_then_edits_the_original()
    {
        await using var bot = await SandboxBot.StartAsync(clientOptions: o => o.InteractionDeferAfter = TimeSpan.FromMilliseconds(300));
        var channel = bot.ChannelId("general");
        bot.Handler.Reply = async (interaction, ct) =>
        {
            // Finish only after the sandbox shows the "thinking…" message, i.e. after the deferral reached it.
            await bot.Sandbox.Control.WaitForMessagesAsync(channel, 1, SandboxBot.Timeout, ct);
            return InteractionResponse.Message(new InteractionMessage { Content = "fertig", AllowedMentions = AllowedMentions.None });
        };

        var invoking = bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("summary"));
        var deferredAt = await bot.Time.AdvanceToTimerAsync("InteractionDispatcher.AwaitWithinDeadlineAsync");
        var outcome = await invoking.WaitAsync(SandboxBot.Timeout);

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(TimeSpan.FromMilliseconds(300), deferredAt - bot.Time.Start);
        Assert.Equal(200, outcome.Status);
        Assert.Equal(5, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal("fertig", (string?)outcome.Original!["content"]);
        Assert.Equal(0, ((int?)outcome.Original["flags"] ?? 0) & 128);
        await bot.Requests.WaitForAsync("PATCH", "/messages/@original");
        Assert.Equal(1, bot.Requests.Count("PATCH", "/messages/@original", 200));
        Assert.Equal(1, bot.Handler.TotalHandled);
    }

    [Fact]
    public async Task A_slow_handler_asking_for_privacy_is_deferred_ephemerally()
    {
        await using var bot = await SandboxBot.StartAsync(clientOptions: o => o.InteractionDeferAfter = TimeSpan.FromMilliseconds(200));
        bot.Handler.EphemeralWhenDeferred = true;
        var deferred = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.Reply = async (interaction, ct) =>
        {
            await deferred.Task.WaitAsync(SandboxBot.Timeout, ct);
            return InteractionResponse.Message(new InteractionMessage { Content = "privat", AllowedMentions = AllowedMentions.None });
        };

        var invoking = bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("config"));
        await bot.Time.AdvanceToTimerAsync("InteractionDispatcher.AwaitWithinDeadlineAsync");
        await bot.Requests.WaitForAsync("POST", "/callback");
        deferred.SetResult();
        var outcome = await invoking.WaitAsync(SandboxBot.Timeout);

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(5, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal(64, (int)outcome.Callback!["data"]!["flags"]!);
        Assert.Equal("privat", (string?)outcome.Original!["content"]);
        Assert.Empty(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
    }
}
