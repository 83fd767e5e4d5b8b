using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Gateway;

public sealed class GatewayCloseCodeTests
{
    [Fact]
    public async Task A_wrong_token_closes_with_4004()
    {
        await using var server = await TestSandbox.StartAsync(o => o.ExpectedToken = "right");
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();

        await bot.IdentifyAsync(token: "wrong");

        Assert.Equal(4004, await bot.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("[2, 2]")]
    [InlineData("[0, 0]")]
    [InlineData("[-1, 1]")]
    [InlineData("[0]")]
    public async Task An_invalid_shard_closes_with_4010(string shard)
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();

        await bot.IdentifyAsync(shard: JsonNode.Parse(shard)!.AsArray());

        Assert.Equal(4010, await bot.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("?v=9&encoding=json", 4012)]
    [InlineData("?encoding=json", 4012)]
    [InlineData("?v=10&encoding=etf", 4002)]
    public async Task Unsupported_connection_parameters_are_closed_with_discords_code(string query, int code)
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server, query);

        Assert.Equal(code, await bot.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"op":99,"d":null}""", 4001)]
    [InlineData("""{"op":1,"d":""", 4002)]
    [InlineData("""{"op":3,"d":{"status":"online"}}""", 4003)]
    public async Task Bad_payloads_close_with_discords_code(string payload, int code)
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();

        await bot.SendTextAsync(payload);

        Assert.Equal(code, await bot.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_identify_closes_with_4005()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using (bot)
        {
            await bot.IdentifyAsync();
            Assert.Equal(4005, await bot.ReceiveCloseAsync());
        }
    }

    [Theory]
    [InlineData(1L << 30, 4013)]
    [InlineData(1L << 15, 4014)]
    public async Task Invalid_or_privileged_intents_are_refused(long intents, int code)
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();

        await bot.IdentifyAsync(intents: intents);

        Assert.Equal(code, await bot.ReceiveCloseAsync());
    }

    [Fact]
    public async Task More_than_the_send_limit_per_minute_closes_with_4008()
    {
        await using var server = await TestSandbox.StartAsync(o => o.GatewaySendLimit = 5);
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();

        for (var i = 0; i < 6; i++)
            await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

        Assert.Equal(4008, await bot.ReceiveCloseAsync());
    }
}
