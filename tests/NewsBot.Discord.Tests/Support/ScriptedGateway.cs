using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Support;

/// <summary>Plays Discord's side of the gateway: each connection attempt becomes a <see cref="ScriptedConnection"/>.</summary>
internal sealed class ScriptedGateway : IGatewayTransportFactory
{
    private readonly Channel<ScriptedConnection> _connections = Channel.CreateUnbounded<ScriptedConnection>();
    private int _count;

    public int ConnectionCount => Volatile.Read(ref _count);

    public IGatewayTransport Create()
    {
        Interlocked.Increment(ref _count);
        var connection = new ScriptedConnection();
        _connections.Writer.TryWrite(connection);
        return connection;
    }

    public Task<ScriptedConnection> NextConnectionAsync() => _connections.Reader.ReadAsync().AsTask().WithinAsync();
}

internal sealed class ScriptedConnection : IGatewayTransport
{
    private readonly Channel<GatewayFrame> _inbound = Channel.CreateUnbounded<GatewayFrame>();
    private readonly Channel<JsonObject> _sent = Channel.CreateUnbounded<JsonObject>();
    private readonly Lock _lock = new();
    private int _pushed;
    private int _receives;
    private TaskCompletionSource _receiving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri? Endpoint { get; private set; }
    public int? ClosedWith { get; private set; }

    public ValueTask ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        Endpoint = endpoint;
        return ValueTask.CompletedTask;
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        _sent.Writer.TryWrite(JsonNode.Parse(utf8Json.Span)!.AsObject());
        return ValueTask.CompletedTask;
    }

    public ValueTask<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource receiving;
        lock (_lock)
        {
            _receives++;
            receiving = _receiving;
            _receiving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        receiving.TrySetResult();
        return _inbound.Reader.ReadAsync(cancellationToken);
    }

    /// <summary>
    /// Completes once the session has handled every frame pushed so far and asks for the next one: frames are read one
    /// receive at a time, so a receive beyond the last pushed frame means all of them are through.
    /// </summary>
    public async Task WaitUntilReadAsync()
    {
        while (true)
        {
            Task receiving;
            lock (_lock)
            {
                if (_receives > _pushed)
                    return;
                receiving = _receiving.Task;
            }
            await receiving.WithinAsync();
        }
    }

    public ValueTask CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        ClosedWith ??= closeCode;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Push(string json) => Push(GatewayFrame.FromMessage(Encoding.UTF8.GetBytes(json)));

    public void Hello(int intervalMs = 41250) => Push($$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}}},"s":null,"t":null}""");

    public void Ack() => Push("""{"op":11,"d":null,"s":null,"t":null}""");

    public void Dispatch(string name, long sequence, string data) => Push($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{name}}"}""");

    public void Ready(long sequence = 1, string sessionId = "session-1", string resumeUrl = "wss://resume.test/gateway") =>
        Dispatch("READY", sequence, $$$"""{"v":10,"user":{"id":"900","username":"newsbot","bot":true},"guilds":[{"id":"100","unavailable":true}],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","shard":[0,1],"application":{"id":"555","flags":0},"some_future_field":{"x":1}}""");

    public void ServerClose(int? code) => Push(GatewayFrame.Closed(code, "scripted"));

    private void Push(GatewayFrame frame)
    {
        lock (_lock)
            _pushed++;
        _inbound.Writer.TryWrite(frame);
    }

    public Task<JsonObject> NextSentAsync() => _sent.Reader.ReadAsync().AsTask().WithinAsync();

    public bool TryTakeSent(out JsonObject? sent) => _sent.Reader.TryRead(out sent);
}

/// <summary>A Random whose NextDouble is fixed, so heartbeat and backoff jitter are predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
