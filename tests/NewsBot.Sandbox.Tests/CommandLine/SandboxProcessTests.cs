using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsBot.Sandbox.Tests.CommandLine;

/// <summary>The built standalone sandbox, started as its own process with options it cannot use, and with --help.</summary>
public sealed class SandboxProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsBot.Sandbox.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the sandbox did not stop within {Patience}: {await output}{await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    private static void AssertOneParagraph((int ExitCode, string Output, string Error) result, params string[] mentions)
    {
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}: {result.Output}{result.Error}");
        var paragraph = result.Error.Trim();
        Assert.StartsWith("NewsBot sandbox cannot start:", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paragraph);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
        foreach (var mention in mentions)
            Assert.Contains(mention, paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--heartbeat-ms", "soon")]
    public async Task An_option_value_that_is_not_a_number_it_can_use_is_one_paragraph_and_exit_code_2(string option, string value)
    {
        AssertOneParagraph(await RunAsync(option, value), option, value);
    }

    [Fact]
    public async Task A_port_option_without_a_value_is_one_paragraph_and_exit_code_2()
    {
        AssertOneParagraph(await RunAsync("--port"), "--port");
    }

    [Fact]
    public async Task An_unknown_option_is_one_paragraph_and_exit_code_2()
    {
        AssertOneParagraph(await RunAsync("--colour", "blue"), "--colour");
    }

    [Fact]
    public async Task A_port_that_is_taken_is_one_paragraph_naming_it_and_exit_code_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString();

        AssertOneParagraph(await RunAsync("--port", port), $"127.0.0.1:{port}", "address already in use");
    }

    [Fact]
    public async Task Help_lists_the_options_and_exits_0()
    {
        var (exitCode, output, error) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("--port <N>", output, StringComparison.Ordinal);
        Assert.Contains("--token <T>", output, StringComparison.Ordinal);
        Assert.Contains("--heartbeat-ms <N>", output, StringComparison.Ordinal);
    }
}
