using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Cli;
using NewsBot.Hosting;

// The host handles Ctrl+C and SIGTERM itself (and waits for a clean stop); System.CommandLine must not cut it short.
return await NewsBotCommandLine.Create(RunHostAsync).Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });

static async Task<int> RunHostAsync(string[] args, CancellationToken cancellationToken)
{
    try
    {
        using var host = NewsBotHost.CreateBuilder(args).Build();
        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }
    catch (OptionsValidationException ex)
    {
        await Console.Error.WriteLineAsync(StartupErrors.Describe(ex));
        return 2;
    }
    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
    {
        return 0;
    }
}
