using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.HttpInteractions;

namespace NewsBot.NoToken;

/// <summary>
/// In Http and Both mode without a token: once the bot's interactions endpoint listens, saves its URL in the embedded
/// sandbox, as an operator saves it in the Developer Portal — so the sandbox checks it (PING, a forged signature) and
/// from then on POSTs the terminal's and the control API's interactions there.
/// </summary>
internal sealed partial class SandboxInteractionsUrlService(
    EmbeddedSandbox sandbox, HttpInteractionsServer endpoint, IOptions<InteractionsOptions> options, ILogger<SandboxInteractionsUrlService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == InteractionMode.Gateway)
            return;
        var url = await endpoint.Listening.WaitAsync(cancellationToken);
        if (await sandbox.Server.Control.SetInteractionsUrlAsync(url, cancellationToken) is { } problem)
            LogRejected(logger, url, problem);
        else
            LogDelivering(logger, url, sandbox.Server.Control.InteractionsPublicKey);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The sandbox's key, and a free local port unless one is set: what the endpoint needs in the no-token run.</summary>
    internal sealed class Defaults(EmbeddedSandbox sandbox) : IPostConfigureOptions<InteractionsOptions>
    {
        public void PostConfigure(string? name, InteractionsOptions options)
        {
            if (options.Mode == InteractionMode.Gateway)
                return;
            if (string.IsNullOrWhiteSpace(options.PublicKey))
                options.PublicKey = sandbox.Server.Control.InteractionsPublicKey;
            if (string.IsNullOrWhiteSpace(options.ListenUrl))
                options.ListenUrl = "http://127.0.0.1:0";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interactions over HTTP: the sandbox POSTs them to {Url}, signed with its key {PublicKey}.")]
    private static partial void LogDelivering(ILogger logger, Uri url, string publicKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sandbox rejected the interactions endpoint {Url}: {Problem}")]
    private static partial void LogRejected(ILogger logger, Uri url, string problem);
}
