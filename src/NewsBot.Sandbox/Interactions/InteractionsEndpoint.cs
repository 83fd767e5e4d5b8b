using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;
using NSec.Cryptography;

namespace NewsBot.Sandbox.Interactions;

/// <summary>
/// Discord's side of HTTP interactions: the application's Ed25519 key (the sandbox's own, made at start), the bot's
/// interactions URL once it passed Discord's check, and the signed POST of each interaction. The check is Discord's when
/// the URL is saved: a signed PING must be answered with PONG, and a request with a deliberately invalid signature must
/// be refused with 401; otherwise the URL is rejected and interactions keep going over the gateway.
/// </summary>
internal sealed class InteractionsEndpoint : IDisposable
{
    private readonly SandboxState _state;
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    // Straight to the bot, as Discord calls it: no redirects followed, no proxy from the environment in between.
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private Uri? _url;

    public InteractionsEndpoint(SandboxState state)
    {
        _state = state;
        PublicKey = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The application's public key as the Developer Portal shows it: 64 hex digits.</summary>
    public string PublicKey { get; }

    /// <summary>Where interactions are POSTed; null: over the gateway.</summary>
    public Uri? Url => Volatile.Read(ref _url);

    /// <summary>
    /// Checks <paramref name="url"/> as Discord does and, when it passes, sends every interaction there from now on; null
    /// goes back to the gateway. Returns why the URL was rejected (the earlier URL then stays), or null.
    /// </summary>
    public async Task<string?> SetUrlAsync(Uri? url, CancellationToken cancellationToken)
    {
        if (url is null)
        {
            Volatile.Write(ref _url, null);
            return null;
        }
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return $"'{url}' is not an absolute http or https URL";
        var ping = Ping();
        var pong = await PostAsync(url, ping, validSignature: true, cancellationToken);
        if (pong.Problem is { } unreachable)
            return $"the PING to {url} failed: {unreachable}";
        if (pong.Status != 200 || pong.Body?["type"] is not JsonValue type || !type.TryGetValue<int>(out var pongType) || pongType != 1)
            return $"{url} answered the PING with {pong.Status}{(pong.Body is null ? "" : " " + pong.Body.ToJsonString())}, not 200 with {{\"type\":1}} (PONG)";
        var forged = await PostAsync(url, ping, validSignature: false, cancellationToken);
        if (forged.Problem is { } failed)
            return $"the request with an invalid signature to {url} failed: {failed}";
        if (forged.Status != 401)
            return $"{url} answered {forged.Status} to a request with an invalid signature; it must refuse it with 401 (Discord rejects endpoints that accept unsigned requests)";
        Volatile.Write(ref _url, url);
        return null;
    }

    /// <summary>POSTs an interaction to the URL, signed, and returns the bot's answer (at most the interaction deadline).</summary>
    public Task<Answer> DeliverAsync(Uri url, byte[] payload, CancellationToken cancellationToken) =>
        PostAsync(url, payload, validSignature: true, cancellationToken);

    /// <summary>The bot's answer to a POST: its status and JSON body, or why there was none.</summary>
    internal readonly record struct Answer(int Status, JsonObject? Body, string? Problem);

    private async Task<Answer> PostAsync(Uri url, byte[] body, bool validSignature, CancellationToken cancellationToken)
    {
        var timestamp = _state.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", validSignature ? Sign(timestamp, body) : ForgedSignature());
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        request.Headers.UserAgent.ParseAdd("Discord-Interactions/1.0 (+https://discord.com)");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Discord waits 3 s for the answer; on the sandbox's clock, as the gateway path does.
            var sending = _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token);
            using var response = await sending.WaitAsync(_state.Options.InteractionDeadline, _state.Time, cancellationToken);
            var status = (int)response.StatusCode;
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            JsonObject? json = null;
            if (bytes.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                try
                {
                    json = JsonNode.Parse(bytes) as JsonObject;
                }
                catch (JsonException)
                {
                }
            }
            return new Answer(status, json, null);
        }
        catch (TimeoutException)
        {
            await deadline.CancelAsync();
            return new Answer(0, null, $"no answer within {_state.Options.InteractionDeadline.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            return new Answer(0, null, ex.Message);
        }
    }

    private string Sign(string timestamp, byte[] body)
    {
        var signed = new byte[timestamp.Length + body.Length];
        Encoding.ASCII.GetBytes(timestamp, signed);
        body.CopyTo(signed, timestamp.Length);
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, signed));
    }

    /// <summary>A well-formed signature that is not the key's: 64 random bytes.</summary>
    private static string ForgedSignature() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));

    private byte[] Ping() => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["id"] = WireFormat.Id(_state.Ids.Next()),
        ["application_id"] = WireFormat.Id(_state.World.ApplicationId),
        ["type"] = 1,
        ["token"] = InteractionToken.Next(),
        ["version"] = 1,
    }.ToJsonString());

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }
}
