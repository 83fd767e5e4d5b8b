using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Startup;

// The host handles Ctrl+C and SIGTERM itself (and waits for a clean stop); System.CommandLine must not cut it short.
return await NewsBotCommandLine.Create(RunHostAsync).Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });

static async Task<int> RunHostAsync(string[] args, CancellationToken cancellationToken)
{
    IConfiguration? configuration = null;
    try
    {
        var builder = NewsBotHost.CreateBuilder(args);
        configuration = builder.Configuration;
        using var host = builder.Build();
        // Settings first, then what only trying can check (the database file), so that a bad one is one clear paragraph
        // instead of a failed start with a stack trace.
        host.Services.GetService<IStartupValidator>()?.Validate();
        foreach (var check in host.Services.GetServices<IStartupCheck>())
            await check.CheckAsync(cancellationToken);
        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }
    catch (Exception ex) when (StartupErrors.TryDescribe(ex, configuration) is { } paragraph)
    {
        await Console.Error.WriteLineAsync(paragraph);
        return 2;
    }
    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
    {
        return 0;
    }
}
