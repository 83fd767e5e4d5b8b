using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>The real ClientWebSocket transport against a local WebSocket server on a free port.</summary>
public sealed class WebSocketGatewayTransportTests
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Reassembles_fragmented_and_large_messages_sends_whole_messages_and_reports_discords_close_code()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = timeout.Token;
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var big = "{\"op\":0,\"t\":\"GUILD_CREATE\",\"s\":1,\"d\":{\"name\":\"" + new string('ä', 30_000) + "\"}}";
        var server = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var socket = (await context.AcceptWebSocketAsync(null)).WebSocket;
            var bytes = Encoding.UTF8.GetBytes(big);
            await socket.SendAsync(bytes.AsMemory(0, 1000), WebSocketMessageType.Text, false, ct);
            await socket.SendAsync(bytes.AsMemory(1000), WebSocketMessageType.Text, true, ct);
            var buffer = new byte[4096];
            var received = await socket.ReceiveAsync(buffer, ct);
            await socket.CloseOutputAsync((WebSocketCloseStatus)4004, "Authentication failed.", ct);
            return Encoding.UTF8.GetString(buffer, 0, received.Count);
        }, ct);

        await using var transport = new WebSocketGatewayTransport();
        await transport.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/?v=10&encoding=json"), ct);
        var message = await transport.ReceiveAsync(ct);
        await transport.SendAsync(Encoding.UTF8.GetBytes("""{"op":1,"d":null}"""), ct);
        var close = await transport.ReceiveAsync(ct);

        Assert.False(message.IsClose);
        Assert.Equal(big, Encoding.UTF8.GetString(message.Message.Span));
        Assert.Equal("""{"op":1,"d":null}""", await server);
        Assert.True(close.IsClose);
        Assert.Equal(4004, close.CloseCode);
    }
}
