namespace NewsBot.NoToken.Terminal;

/// <summary>Where the sandbox terminal reads and writes, and how it looks; <see cref="FromConsole"/> for the real console.</summary>
internal sealed record SandboxTerminalIo(TextReader Input, TextWriter Output, SandboxTerminalOptions Options)
{
    /// <summary>The process console: colours only when the output is a terminal and NO_COLOR is unset; piped input is echoed.</summary>
    public static SandboxTerminalIo FromConsole() => new(Console.In, Console.Out, new SandboxTerminalOptions
    {
        Ansi = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        EchoInput = Console.IsInputRedirected,
        Width = ConsoleWidth(),
    });

    /// <summary>The window's width capped at 100 (at least 40); 100 when it cannot be known.</summary>
    private static int ConsoleWidth()
    {
        if (Console.IsOutputRedirected)
            return 100;
        try
        {
            return Console.WindowWidth > 0 ? Math.Clamp(Console.WindowWidth - 1, 40, 100) : 100;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException)
        {
            return 100;
        }
    }
}
