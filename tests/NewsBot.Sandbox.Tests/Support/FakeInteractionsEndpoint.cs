using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;

namespace NewsBot.Sandbox.Tests.Support;

/// <summary>
/// A bot's interactions endpoint on 127.0.0.1 for the sandbox to call: it checks Ed25519 signatures with the sandbox's
/// public key as a bot must (or, when <c>checkSignatures</c> is false, accepts anything, as a careless bot would), answers
/// PING with PONG and any other interaction with <see cref="Answer"/>. It records every request it got.
/// </summary>
internal sealed class FakeInteractionsEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PublicKey _key;
    private readonly bool _checkSignatures;

    private FakeInteractionsEndpoint(WebApplication app, PublicKey key, bool checkSignatures)
    {
        _app = app;
        _key = key;
        _checkSignatures = checkSignatures;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>What an interaction other than PING is answered with (status, JSON body).</summary>
    public Func<JsonObject, (int Status, JsonNode? Body)> Answer { get; set; } =
        _ => (200, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "pong über HTTP" } });

    public ConcurrentQueue<(JsonObject Body, bool SignatureValid)> Received { get; } = new();

    public static async Task<FakeInteractionsEndpoint> StartAsync(string publicKeyHex, bool checkSignatures = true)
    {
        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var endpoint = new FakeInteractionsEndpoint(app, key, checkSignatures);
        app.MapPost("/interactions", endpoint.HandleAsync);
        await app.StartAsync();
        endpoint.Url = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/interactions");
        return endpoint;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
        var valid = Valid(context.Request.Headers["X-Signature-Ed25519"].ToString(), timestamp, body);
        var json = (JsonObject)JsonNode.Parse(body)!;
        Received.Enqueue((json, valid));
        if (_checkSignatures && !valid)
        {
            context.Response.StatusCode = 401;
            return;
        }
        var (status, answer) = (int)json["type"]! == 1 ? (200, new JsonObject { ["type"] = 1 }) : Answer(json);
        context.Response.StatusCode = status;
        if (answer is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.ToJsonString());
        }
    }

    private bool Valid(string signatureHex, string timestamp, byte[] body)
    {
        if (signatureHex.Length != 128 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return false;
        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }
        return SignatureAlgorithm.Ed25519.Verify(_key, [.. Encoding.ASCII.GetBytes(timestamp), .. body], signature);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
