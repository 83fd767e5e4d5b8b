using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions.Http;

/// <summary>
/// The bot's side of HTTP interactions, free of any web framework: the host's endpoint hands over the raw body and the
/// two signature headers and writes back what this returns. Anything not signed by the application's key, or signed at a
/// stale time, is 401 (Discord sends such requests on purpose when the endpoint is saved and refuses an endpoint that
/// accepts them); PING is answered with PONG; every other interaction goes to the same <see cref="InteractionDispatcher"/>
/// as gateway interactions, with a responder that turns the initial response into the HTTP response.
/// </summary>
public sealed partial class HttpInteractionReceiver
{
    /// <summary>Largest body read (an interaction with a message and resolved data stays far below it).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly byte[] PongJson = "{\"type\":1}"u8.ToArray();

    private readonly InteractionDispatcher _dispatcher;
    private readonly RestInteractionResponder _rest;
    private readonly InteractionSignatureVerifier _verifier;
    private readonly TimeSpan _deadline;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal HttpInteractionReceiver(
        InteractionDispatcher dispatcher, RestInteractionResponder rest, IOptions<HttpInteractionOptions> options, TimeProvider time,
        ILogger<HttpInteractionReceiver> logger)
    {
        if (!InteractionSignatureVerifier.TryParsePublicKey(options.Value.PublicKey, out var key))
            throw new InvalidOperationException("HTTP interactions need the application's public key: 64 hex digits.");
        _dispatcher = dispatcher;
        _rest = rest;
        _verifier = new InteractionSignatureVerifier(key, time);
        _deadline = options.Value.ResponseDeadline;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether <paramref name="hex"/> is an Ed25519 public key as the Developer Portal shows it (64 hex digits).</summary>
    public static bool IsValidPublicKey(string? hex) => InteractionSignatureVerifier.TryParsePublicKey(hex, out _);

    /// <summary>The answer to one POST: 401 for a bad signature, 413 for a body over <see cref="MaxBodyBytes"/>, 400 for
    /// a body that is no interaction, PONG for a PING, otherwise the initial response (or 503 when none came in time).</summary>
    public async Task<HttpInteractionReply> ReceiveAsync(
        ReadOnlyMemory<byte> body, string? signature, string? timestamp, CancellationToken cancellationToken)
    {
        var receivedAt = _time.GetTimestamp();
        if (body.Length > MaxBodyBytes)
            return new HttpInteractionReply(413, default, "request body too large");
        var verdict = _verifier.Verify(signature, timestamp, body.Span);
        if (verdict != SignatureVerdict.Valid)
        {
            LogRefused(_logger, verdict);
            return new HttpInteractionReply(401, default, "invalid request signature");
        }
        Interaction? interaction;
        try
        {
            interaction = InteractionJsonReader.Read(body.Span);
        }
        catch (JsonException)
        {
            interaction = null;
        }
        if (interaction is null)
            return new HttpInteractionReply(400, default, "the body is not an interaction");
        if (interaction.Type == InteractionType.Ping)
            return new HttpInteractionReply(200, PongJson);

        var responder = new HttpInteractionResponder(_rest);
        _dispatcher.Dispatch(interaction, responder, receivedAt);
        InteractionResponse? response;
        try
        {
            var remaining = _deadline - _time.GetElapsedTime(receivedAt);
            response = await responder.Initial.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, _time, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            responder.Sent(written: false);
            LogNoResponseInTime(_logger, interaction.Id, _deadline.TotalSeconds);
            return new HttpInteractionReply(503, default, "no response in time");
        }
        if (response is null)
        {
            responder.Sent(written: false);
            return new HttpInteractionReply(500, default, "the interaction could not be answered");
        }
        return new HttpInteractionReply(200, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse), responder: responder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an HTTP interaction with 401: signature {Verdict}")]
    private static partial void LogRefused(ILogger logger, SignatureVerdict verdict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} got no initial response within {Seconds} s; answered 503")]
    private static partial void LogNoResponseInTime(ILogger logger, Snowflake interactionId, double seconds);
}
