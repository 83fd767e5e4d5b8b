using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
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

    public Task<ScriptedConnection> NextConnectionAsync(FakeTimeProvider? time = null, TimeSpan? step = null)
    {
        var next = _connections.Reader.ReadAsync().AsTask();
        return time is null ? next.WithinAsync() : time.AdvanceUntilAsync(next, step ?? TimeSpan.FromMilliseconds(100));
    }
}

internal sealed class ScriptedConnection : IGatewayTransport
{
    private readonly Channel<GatewayFrame> _inbound = Channel.CreateUnbounded<GatewayFrame>();
    private readonly Channel<JsonObject> _sent = Channel.CreateUnbounded<JsonObject>();

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

    public ValueTask<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken) => _inbound.Reader.ReadAsync(cancellationToken);

    public ValueTask CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        ClosedWith ??= closeCode;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Push(string json) => _inbound.Writer.TryWrite(GatewayFrame.FromMessage(Encoding.UTF8.GetBytes(json)));

    public void Hello(int intervalMs = 41250) => Push($$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}}},"s":null,"t":null}""");

    public void Ack() => Push("""{"op":11,"d":null,"s":null,"t":null}""");

    public void Dispatch(string name, long sequence, string data) => Push($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{name}}"}""");

    public void Ready(long sequence = 1, string sessionId = "session-1", string resumeUrl = "wss://resume.test/gateway") =>
        Dispatch("READY", sequence, $$$"""{"v":10,"user":{"id":"900","username":"newsbot","bot":true},"guilds":[{"id":"100","unavailable":true}],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","shard":[0,1],"application":{"id":"555","flags":0},"some_future_field":{"x":1}}""");

    public void ServerClose(int? code) => _inbound.Writer.TryWrite(GatewayFrame.Closed(code, "scripted"));

    public Task<JsonObject> NextSentAsync(FakeTimeProvider? time = null, TimeSpan? step = null)
    {
        var next = _sent.Reader.ReadAsync().AsTask();
        return time is null ? next.WithinAsync() : time.AdvanceUntilAsync(next, step ?? TimeSpan.FromMilliseconds(100));
    }

    public bool TryTakeSent(out JsonObject? sent) => _sent.Reader.TryRead(out sent);
}

/// <summary>A Random whose NextDouble is fixed, so heartbeat and backoff jitter are predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
