using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Tests.Support;

/// <summary>A tiny raw-WebSocket bot for tests: speaks the gateway protocol by hand.</summary>
internal sealed class RawBot : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;
    public int? CloseCode => (int?)_socket.CloseStatus;

    public static async Task<RawBot> ConnectAsync(SandboxServer server, string query = "?v=10&encoding=json")
    {
        var bot = new RawBot();
        using var cts = new CancellationTokenSource(Timeout);
        await bot._socket.ConnectAsync(new Uri(server.GatewayUri + query), cts.Token);
        return bot;
    }

    /// <summary>Connects, reads HELLO, identifies and returns the READY dispatch.</summary>
    public static async Task<(RawBot Bot, JsonObject Ready)> IdentifiedAsync(SandboxServer server, long intents = 1, JsonArray? shard = null)
    {
        var bot = await ConnectAsync(server);
        var hello = await bot.ReceiveAsync();
        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        await bot.IdentifyAsync(intents: intents, shard: shard);
        var ready = await bot.ReceiveDispatchAsync("READY");
        return (bot, ready);
    }

    public Task IdentifyAsync(string token = "test-token", long intents = 1, JsonArray? shard = null)
    {
        var d = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" },
        };
        if (shard is not null)
            d["shard"] = shard;
        return SendAsync(new JsonObject { ["op"] = 2, ["d"] = d });
    }

    public Task SendAsync(JsonObject payload) => SendTextAsync(payload.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        using var cts = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cts.Token);
    }

    /// <summary>The next payload, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(), cts.Token);
            }
            catch (WebSocketException)
            {
                return null;
            }
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonNode.Parse(text.ToArray())!.AsObject();
        }
    }

    public async Task<JsonObject> ReceiveDispatchAsync(string eventName)
    {
        while (true)
        {
            var payload = await ReceiveAsync() ?? throw new InvalidOperationException($"closed ({CloseCode}) while waiting for {eventName}");
            if (payload["op"]!.GetValue<int>() == 0 && payload["t"]!.GetValue<string>() == eventName)
                return payload;
        }
    }

    public async Task<JsonObject> ReceiveOpAsync(int op)
    {
        while (true)
        {
            var payload = await ReceiveAsync() ?? throw new InvalidOperationException($"closed ({CloseCode}) while waiting for op {op}");
            if (payload["op"]!.GetValue<int>() == op)
                return payload;
        }
    }

    /// <summary>Reads until the server closes; returns its close code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return CloseCode;
    }

    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync((WebSocketCloseStatus)4000, "test done", cts.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
