using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NewsBot.Sandbox;

namespace NewsBot.Tests.NoToken.Terminal;

/// <summary>
/// The smallest bot that answers interactions: identifies on the sandbox's gateway and replies to every
/// INTERACTION_CREATE with what <see cref="Reply"/> returns, recording the interactions it received.
/// </summary>
internal sealed class FakeGatewayBot(SandboxServer sandbox, Func<JsonObject, JsonObject> reply) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public Func<JsonObject, JsonObject> Reply { get; } = reply;

    public Channel<JsonObject> Received { get; } = Channel.CreateUnbounded<JsonObject>();

    public async Task ConnectAsync()
    {
        await _socket.ConnectAsync(new Uri(sandbox.GatewayUri + "?v=10&encoding=json"), _stop.Token);
        await ReceiveAsync(); // HELLO
        await SendAsync(new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject
            {
                ["token"] = "anything",
                ["intents"] = 1,
                ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" },
            },
        });
        while ((await ReceiveAsync())?["t"]?.ToString() != "READY")
        {
        }
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested && await ReceiveAsync() is { } frame)
        {
            if (frame["t"]?.ToString() != "INTERACTION_CREATE" || frame["d"] is not JsonObject interaction)
                continue;
            Received.Writer.TryWrite(interaction);
            var url = new Uri(sandbox.ApiBaseUri, $"interactions/{interaction["id"]}/{interaction["token"]}/callback");
            using var response = await _http.PostAsJsonAsync(url, Reply(interaction), _stop.Token);
        }
    }

    private async Task SendAsync(JsonObject payload) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);

    private async Task<JsonObject?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return null;
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                    return JsonNode.Parse(message.ToArray()) as JsonObject;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException)
        {
            // a callback still in flight when the test ends
        }
        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}
