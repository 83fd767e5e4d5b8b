using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
        // Settings first, so that a bad one is one clear paragraph instead of a failed start with a stack trace.
        host.Services.GetService<IStartupValidator>()?.Validate();
        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }
    catch (Exception ex) when (StartupErrors.ValidationFailures(ex) is { } failures)
    {
        await Console.Error.WriteLineAsync(StartupErrors.Describe(failures));
        return 2;
    }
    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
    {
        return 0;
    }
}
