using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Control;

/// <summary>The sandbox as Discord's side of HTTP interactions: checking an interactions URL, signing and delivering to it.</summary>
public sealed class HttpInteractionTests
{
    [Fact]
    public async Task An_endpoint_that_accepts_an_invalid_signature_is_rejected_and_interactions_stay_on_the_gateway()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var careless = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey, checkSignatures: false);

        var problem = await server.Control.SetInteractionsUrlAsync(careless.Url);

        Assert.NotNull(problem);
        Assert.Contains("invalid signature", problem, StringComparison.Ordinal);
        Assert.Contains("401", problem, StringComparison.Ordinal);
        Assert.Null(server.Control.InteractionsUrl);
        // It got the signed PING and the forged one; nothing else.
        Assert.Equal([true, false], careless.Received.Select(r => r.SignatureValid));
        Assert.All(careless.Received, r => Assert.Equal(1, (int)r.Body["type"]!));
        var outcome = await server.Control.InvokeCommandAsync(new InteractionRequest("help"));
        Assert.Equal(503, outcome.Status);
    }

    [Fact]
    public async Task An_endpoint_that_does_not_answer_the_ping_with_pong_or_cannot_be_reached_is_rejected()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var broken = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey);
        var unreachable = broken.Url;
        await using (var gone = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey))
            unreachable = gone.Url;

        Assert.Contains("not 200 with {\"type\":1}", await server.Control.SetInteractionsUrlAsync(new Uri(broken.Url, "/elsewhere")), StringComparison.Ordinal);
        Assert.Contains("the PING to", await server.Control.SetInteractionsUrlAsync(unreachable), StringComparison.Ordinal);
        Assert.Contains("not an absolute http or https URL", await server.Control.SetInteractionsUrlAsync(new Uri("ftp://127.0.0.1/x")), StringComparison.Ordinal);
        Assert.Null(server.Control.InteractionsUrl);
    }

    [Fact]
    public async Task A_checked_endpoint_gets_each_interaction_signed_and_its_http_response_is_the_interactions_reply()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey);
        Assert.Null(await server.Control.SetInteractionsUrlAsync(bot.Url));
        Assert.Equal(bot.Url, server.Control.InteractionsUrl);

        var outcome = await server.Control.InvokeCommandAsync(new InteractionRequest("summary"));

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(4, (int)outcome.Callback!["type"]!);
        Assert.Equal("pong über HTTP", (string)outcome.Original!["content"]!);
        var (command, signed) = bot.Received.Last();
        Assert.True(signed);
        Assert.Equal(2, (int)command["type"]!);
        Assert.Equal("summary", (string)command["data"]!["name"]!);
        var general = server.World.DefaultGuild.Channels[0].Id;
        Assert.Contains(server.Control.Messages(general), m => (string?)m["content"] == "pong über HTTP");
    }

    [Fact]
    public async Task An_error_status_or_a_response_discord_refuses_fails_the_interaction_with_the_reason()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey);
        Assert.Null(await server.Control.SetInteractionsUrlAsync(bot.Url));

        bot.Answer = _ => (500, null);
        var failed = await server.Control.InvokeCommandAsync(new InteractionRequest("summary"));
        Assert.Equal(502, failed.Status);
        Assert.Contains("answered 500", failed.Error, StringComparison.Ordinal);

        bot.Answer = _ => (200, new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray() } });
        var refused = await server.Control.InvokeCommandAsync(new InteractionRequest("summary"));
        Assert.Equal(502, refused.Status);
        Assert.Contains("INTERACTION_RESPONSE_TYPE_INVALID", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_control_api_offers_the_public_key_and_sets_or_refuses_the_url()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var careless = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey, checkSignatures: false);
        await using var bot = await FakeInteractionsEndpoint.StartAsync(server.Control.InteractionsPublicKey);
        using var control = TestSandbox.Client(server, token: null);

        var (status, shown, _) = await TestSandbox.SendAsync(control, HttpMethod.Get, "_sandbox/interactions-endpoint");
        Assert.Equal(200, status);
        Assert.Equal(server.Control.InteractionsPublicKey, (string)shown!["public_key"]!);
        Assert.Matches("^[0-9a-f]{64}$", (string)shown["public_key"]!);
        Assert.Null(shown["url"]);

        var (refusedStatus, refused, _) = await TestSandbox.SendAsync(control, HttpMethod.Put, "_sandbox/interactions-endpoint", new JsonObject { ["url"] = careless.Url.ToString() });
        Assert.Equal(400, refusedStatus);
        Assert.Contains("invalid signature", (string)refused!["error"]!, StringComparison.Ordinal);

        var (setStatus, set, _) = await TestSandbox.SendAsync(control, HttpMethod.Put, "_sandbox/interactions-endpoint", new JsonObject { ["url"] = bot.Url.ToString() });
        Assert.Equal(200, setStatus);
        Assert.Equal(bot.Url.ToString(), (string)set!["url"]!);

        var (clearedStatus, cleared, _) = await TestSandbox.SendAsync(control, HttpMethod.Put, "_sandbox/interactions-endpoint", new JsonObject { ["url"] = null });
        Assert.Equal(200, clearedStatus);
        Assert.Null(cleared!["url"]);
    }
}
