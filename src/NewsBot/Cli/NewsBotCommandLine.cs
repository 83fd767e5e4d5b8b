using System.CommandLine;

namespace NewsBot.Cli;

/// <summary>The command line: <c>run</c> (default) and <c>inspect</c>.</summary>
internal static class NewsBotCommandLine
{
    /// <param name="runHost">Starts the host with the given configuration arguments until cancelled.</param>
    public static RootCommand Create(Func<string[], CancellationToken, Task<int>> runHost)
    {
        var run = new Command("run", "Run NewsBot (the default).") { TreatUnmatchedTokensAsErrors = false };
        run.SetAction((result, cancellationToken) => runHost([.. result.UnmatchedTokens], cancellationToken));
        var root = new RootCommand("NewsBot: a Discord bot for livestreamed expert discussions.")
        {
            run,
            InspectCommand.Create(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, cancellationToken) => runHost([.. result.UnmatchedTokens], cancellationToken));
        return root;
    }
}
