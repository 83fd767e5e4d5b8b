using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One shard's gateway session across reconnects: HELLO, heartbeats with zombie detection, IDENTIFY or RESUME,
/// dispatches in sequence (replays already handled are skipped), and Discord's close-code rules.
/// </summary>
internal sealed partial class GatewaySession(
    GatewaySessionSettings settings, IGatewayTransportFactory transports, IGatewayDispatchSink sink,
    IdentifyScheduler identifyScheduler, TimeProvider time, ILogger<GatewaySession> logger, Random? random = null) : IDisposable
{
    private readonly Random _random = random ?? Random.Shared;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;
    private volatile bool _ackReceived;

    public int ShardId => settings.ShardId;
    public string? SessionId => _sessionId;
    public long? LastSequence => _sequence;
    public Snowflake? ApplicationId { get; private set; }
    public Snowflake? CurrentUserId { get; private set; }

    public void Dispose() => _sendLock.Dispose();

    /// <summary>Runs until cancelled (returns <see cref="GatewayStopReason.Stopped"/>) or a fatal close.</summary>
    public async Task<GatewayStopReason> RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = _sessionId is not null && _resumeUrl is not null;
            var outcome = await RunConnectionAsync(resume, cancellationToken);
            switch (outcome.Next)
            {
                case ConnectionNext.Stopped:
                    return GatewayStopReason.Stopped;
                case ConnectionNext.Fatal:
                    LogFatal(logger, settings.ShardId, outcome.CloseCode, outcome.Reason);
                    return GatewayStopReason.Fatal(outcome.CloseCode, outcome.Reason);
                case ConnectionNext.Identify:
                    ForgetSession();
                    break;
            }
            LogReconnecting(logger, settings.ShardId, outcome.CloseCode, outcome.Reason, outcome.Next == ConnectionNext.Resume);
            failures = outcome.WasHealthy ? 0 : failures + 1;
            var delay = outcome.Delay ?? ReconnectDelay(failures);
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return GatewayStopReason.Stopped;
                }
            }
        }
        return GatewayStopReason.Stopped;
    }

    /// <summary>0 after a healthy session, then exponential with jitter up to the configured maximum.</summary>
    private TimeSpan ReconnectDelay(int failures)
    {
        if (failures <= 0)
            return TimeSpan.Zero;
        var exponential = TimeSpan.FromSeconds(Math.Min(settings.MaxReconnectDelay.TotalSeconds, Math.Pow(2, failures - 1)));
        return exponential * (0.5 + (_random.NextDouble() / 2));
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _sequence = null;
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(bool resume, CancellationToken cancellationToken)
    {
        var transport = transports.Create();
        await using var _ = transport;
        var sendLimiter = new GatewaySendLimiter(time);
        var endpoint = WithQuery(resume ? _resumeUrl! : settings.GatewayUrl);
        try
        {
            await transport.ConnectAsync(endpoint, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(ConnectionNext.Stopped, null, "stopped", false);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or HttpRequestException)
        {
            LogConnectFailed(logger, ex, settings.ShardId);
            return new ConnectionOutcome(ConnectionNext.Resume, null, ex.Message, false);
        }

        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var healthy = false;
        Task heartbeat = Task.CompletedTask;
        Task identify = Task.CompletedTask;
        try
        {
            var hello = await ReceivePayloadAsync(transport, connection.Token);
            if (hello.Close is { } helloClose)
                return FromClose(helloClose, healthy);
            if (hello.Payload is not { Op: GatewayOpcode.Hello } helloPayload || !helloPayload.HasData)
                return new ConnectionOutcome(ConnectionNext.Resume, null, "no HELLO", false);
            var interval = TimeSpan.FromMilliseconds(JsonSerializer.Deserialize(helloPayload.Data.Span, DiscordJsonContext.Default.HelloData)!.HeartbeatInterval);
            _ackReceived = true;
            heartbeat = HeartbeatLoopAsync(transport, sendLimiter, interval, connection);

            if (resume)
            {
                LogResuming(logger, settings.ShardId, _sequence);
                await SendAsync(transport, sendLimiter, new GatewayCommand<ResumeData>(GatewayOpcode.Resume,
                    new ResumeData(settings.Token, _sessionId!, _sequence)), DiscordJsonContext.Default.GatewayCommandResumeData, connection.Token);
            }
            else
            {
                // A new session has received nothing yet; its heartbeats carry null until READY.
                _sequence = null;
                // The turn to identify can be seconds away (or more with many shards): meanwhile this loop keeps
                // reading, so heartbeat ACKs, heartbeat requests and closes are handled and the connection stays healthy.
                identify = IdentifyWhenAllowedAsync(transport, sendLimiter, connection.Token);
            }

            while (true)
            {
                var received = await ReceivePayloadAsync(transport, connection.Token);
                if (received.Close is { } close)
                    return FromClose(close, healthy);
                var payload = received.Payload!.Value;
                switch (payload.Op)
                {
                    case GatewayOpcode.Dispatch:
                        healthy |= await HandleDispatchAsync(payload, cancellationToken);
                        break;
                    case GatewayOpcode.Heartbeat:
                        await SendHeartbeatAsync(transport, sendLimiter, connection.Token);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        _ackReceived = true;
                        break;
                    case GatewayOpcode.Reconnect:
                        await CloseQuietlyAsync(transport, GatewayCloseCodes.ClientResumable, "reconnect requested");
                        return new ConnectionOutcome(ConnectionNext.Resume, null, "server asked to reconnect", true, TimeSpan.Zero);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.DataIsTrue && _sessionId is not null;
                        if (resumable)
                        {
                            await CloseQuietlyAsync(transport, GatewayCloseCodes.ClientResumable, "invalid session, resuming");
                            return new ConnectionOutcome(ConnectionNext.Resume, null, "invalid session (resumable)", true, TimeSpan.Zero);
                        }
                        await CloseQuietlyAsync(transport, GatewayCloseCodes.ClientNormal, "invalid session");
                        return new ConnectionOutcome(ConnectionNext.Identify, null, "invalid session", true,
                            TimeSpan.FromSeconds(1 + (4 * _random.NextDouble())));
                    default:
                        LogUnknownOpcode(logger, payload.Op);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseQuietlyAsync(transport, GatewayCloseCodes.ClientNormal, "shutting down");
            return new ConnectionOutcome(ConnectionNext.Stopped, null, "stopped", healthy);
        }
        catch (OperationCanceledException)
        {
            // The heartbeat loop cancelled the connection: no ACK came back (a zombie connection).
            await CloseQuietlyAsync(transport, GatewayCloseCodes.ClientResumable, "heartbeat not acknowledged");
            return new ConnectionOutcome(ConnectionNext.Resume, null, "heartbeat not acknowledged", healthy);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or JsonException)
        {
            LogConnectionError(logger, ex, settings.ShardId);
            await CloseQuietlyAsync(transport, GatewayCloseCodes.ClientResumable, "error");
            return new ConnectionOutcome(ConnectionNext.Resume, null, ex.Message, healthy);
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeat;
            await identify;
        }
    }

    private async Task IdentifyWhenAllowedAsync(IGatewayTransport transport, GatewaySendLimiter limiter, CancellationToken cancellationToken)
    {
        try
        {
            await identifyScheduler.WaitTurnAsync(settings.ShardId, cancellationToken);
            LogIdentifying(logger, settings.ShardId, settings.ShardCount);
            await SendAsync(transport, limiter, new GatewayCommand<IdentifyData>(GatewayOpcode.Identify,
                new IdentifyData(settings.Token, settings.Intents, new IdentifyProperties(Environment.OSVersion.Platform.ToString(), "newsbot", "newsbot"),
                    [settings.ShardId, settings.ShardCount])), DiscordJsonContext.Default.GatewayCommandIdentifyData, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The connection ended while this shard waited for its turn.
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException)
        {
            // The receive loop sees the broken connection and decides what comes next.
            LogConnectionError(logger, ex, settings.ShardId);
        }
    }

    private static ConnectionOutcome FromClose(GatewayFrame close, bool healthy)
    {
        var code = close.CloseCode;
        var reason = GatewayCloseCodes.Describe(code);
        if (GatewayCloseCodes.IsFatal(code))
            return new ConnectionOutcome(ConnectionNext.Fatal, code, reason, healthy);
        if (GatewayCloseCodes.RequiresNewSession(code))
            return new ConnectionOutcome(ConnectionNext.Identify, code, reason, healthy);
        return new ConnectionOutcome(ConnectionNext.Resume, code, reason, healthy);
    }

    /// <summary>Returns true when the session is (re)established: READY or RESUMED.</summary>
    private async ValueTask<bool> HandleDispatchAsync(GatewayEnvelope payload, CancellationToken cancellationToken)
    {
        if (payload.Sequence is { } sequence)
        {
            if (_sequence is { } last && sequence <= last)
            {
                LogSkippedReplay(logger, settings.ShardId, sequence, payload.EventName);
                return false;
            }
            _sequence = sequence;
        }
        var name = payload.EventName ?? "";
        GatewayEvent? gatewayEvent;
        try
        {
            gatewayEvent = GatewayEventReader.Read(name, payload.Data.Span);
        }
        catch (JsonException ex) when (name != "READY")
        {
            // Skipped like a failing handler; an unreadable READY fails the connection instead (no session without it).
            LogDispatchFailed(logger, ex, name);
            return false;
        }
        var established = false;
        if (gatewayEvent is ReadyEvent ready)
        {
            _sessionId = ready.SessionId;
            _resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : settings.GatewayUrl;
            ApplicationId = ready.Application.Id;
            CurrentUserId = ready.User.Id;
            LogReady(logger, settings.ShardId, ready.Guilds.Count);
            established = true;
        }
        else if (name == "RESUMED")
        {
            LogResumed(logger, settings.ShardId, _sequence);
            established = true;
        }
        try
        {
            // The data is copied out of the transport's buffer (reused by the next receive): the dispatch may outlive it.
            await sink.HandleAsync(new GatewayDispatch(name, payload.Data.ToArray(), settings.ShardId, gatewayEvent), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDispatchFailed(logger, ex, name);
        }
        return established;
    }

    private async Task HeartbeatLoopAsync(IGatewayTransport transport, GatewaySendLimiter limiter, TimeSpan interval, CancellationTokenSource connection)
    {
        var cancellationToken = connection.Token;
        try
        {
            await Task.Delay(interval * _random.NextDouble(), time, cancellationToken);
            while (true)
            {
                if (!_ackReceived)
                {
                    LogZombie(logger, settings.ShardId);
                    await connection.CancelAsync();
                    return;
                }
                _ackReceived = false;
                await SendHeartbeatAsync(transport, limiter, cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException)
        {
            LogConnectionError(logger, ex, settings.ShardId);
        }
    }

    private Task SendHeartbeatAsync(IGatewayTransport transport, GatewaySendLimiter limiter, CancellationToken cancellationToken) =>
        SendAsync(transport, limiter, new GatewayCommand<long?>(GatewayOpcode.Heartbeat, _sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64, cancellationToken);

    private async Task SendAsync<T>(IGatewayTransport transport, GatewaySendLimiter limiter, T command, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, typeInfo);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await transport.SendAsync(bytes, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static async ValueTask<(GatewayEnvelope? Payload, GatewayFrame? Close)> ReceivePayloadAsync(IGatewayTransport transport, CancellationToken cancellationToken)
    {
        var frame = await transport.ReceiveAsync(cancellationToken);
        if (frame.IsClose)
            return (null, frame);
        return (GatewayEnvelope.Read(frame.Message), null);
    }

    private static async Task CloseQuietlyAsync(IGatewayTransport transport, int code, string reason)
    {
        try
        {
            await transport.CloseAsync(code, reason, CancellationToken.None);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone: nothing left to close.
        }
    }

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
