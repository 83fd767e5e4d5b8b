using System.Collections.Concurrent;
using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

internal sealed class RecordingSink : IGatewayDispatchSink
{
    private readonly Channel<GatewayDispatch> _received = Channel.CreateUnbounded<GatewayDispatch>();

    public ConcurrentQueue<string> Handled { get; } = new();

    public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        Handled.Enqueue(dispatch.Name + (dispatch.Data.ValueKind == System.Text.Json.JsonValueKind.Object && dispatch.Data.TryGetProperty("n", out var n) ? ":" + n : ""));
        _received.Writer.TryWrite(dispatch);
        return ValueTask.CompletedTask;
    }

    public async Task<GatewayDispatch> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
}
