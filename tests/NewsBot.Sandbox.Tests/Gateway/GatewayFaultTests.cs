using System.Net.WebSockets;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Gateway;

public sealed class GatewayFaultTests
{
    [Fact]
    public async Task Drop_connection_cuts_the_socket_without_a_close_frame_and_the_session_stays_resumable()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, ready) = await RawBot.IdentifiedAsync(server);
        await bot.ReceiveDispatchAsync("GUILD_CREATE");

        await server.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.DropConnection));

        Assert.Null(await bot.ReceiveAsync());
        Assert.NotEqual(WebSocketState.Open, bot.State);
        Assert.Null(bot.CloseCode);
        await bot.DisposeAsync();
        Assert.True(server.Control.HasBotSession(server.World.DefaultGuild.Id));
        await using var again = await RawBot.ConnectAsync(server);
        await again.ReceiveAsync();
        await again.SendAsync(new JsonObject
        {
            ["op"] = 6,
            ["d"] = new JsonObject { ["token"] = "t", ["session_id"] = ready["d"]!["session_id"]!.DeepClone(), ["seq"] = 2 },
        });
        Assert.Equal("RESUMED", (await again.ReceiveDispatchAsync("RESUMED"))["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_fault_sends_opcode_7()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using (bot)
        {
            await bot.ReceiveDispatchAsync("GUILD_CREATE");
            await server.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.Reconnect));
            Assert.Equal(7, (await bot.ReceiveOpAsync(7))["op"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Invalid_session_fault_sends_opcode_9_with_the_resumable_flag(bool resumable)
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using (bot)
        {
            await bot.ReceiveDispatchAsync("GUILD_CREATE");
            await server.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.InvalidSession, Resumable: resumable));
            var payload = await bot.ReceiveOpAsync(9);
            Assert.Equal(resumable, payload["d"]!.GetValue<bool>());
            Assert.Equal(resumable, server.Control.HasBotSession(server.World.DefaultGuild.Id));
        }
    }

    [Fact]
    public async Task Request_heartbeat_fault_sends_opcode_1_from_the_server()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using (bot)
        {
            await bot.ReceiveDispatchAsync("GUILD_CREATE");
            await server.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.RequestHeartbeat));
            Assert.Equal(1, (await bot.ReceiveOpAsync(1))["op"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task After_stop_heartbeat_ack_heartbeats_go_unanswered_on_that_connection_only()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using (bot)
        {
            await bot.ReceiveDispatchAsync("GUILD_CREATE");
            await server.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.StopHeartbeatAck));
            await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 });
            // a probe the server must answer: an unknown opcode closes the socket; no ACK may come before the close
            await bot.SendTextAsync("""{"op":99}""");
            var next = await bot.ReceiveAsync();
            Assert.Null(next);
            Assert.Equal(4001, bot.CloseCode);
        }
        await using var fresh = await RawBot.ConnectAsync(server);
        await fresh.ReceiveAsync();
        await fresh.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        Assert.Equal(11, (await fresh.ReceiveAsync())!["op"]!.GetValue<int>());
    }
}
