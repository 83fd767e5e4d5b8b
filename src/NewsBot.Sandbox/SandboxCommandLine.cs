using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsBot.Sandbox;

/// <summary>
/// The standalone sandbox's options (<c>--port</c>, <c>--token</c>, <c>--heartbeat-ms</c>, <c>--verbose</c>, <c>--interactions-url</c>, <c>--help</c>). Anything it
/// cannot use is one paragraph for stderr, never a stack trace.
/// </summary>
internal static class SandboxCommandLine
{
    private static readonly Option<int> Port = new("--port")
    {
        Description = "TCP port on 127.0.0.1; 0 (the default) picks a free one.",
        HelpName = "N",
        CustomParser = result => ParseWhole(result, "--port", 0, 65535, "a port number from 0 to 65535 (0 picks a free port)"),
    };

    private static readonly Option<string> Token = new("--token")
    {
        Description = "The only bot token accepted; without it any non-empty token is.",
        HelpName = "T",
    };

    private static readonly Option<int?> HeartbeatMilliseconds = new("--heartbeat-ms")
    {
        Description = "The gateway's heartbeat interval in milliseconds (default: Discord's 41250).",
        HelpName = "N",
        CustomParser = result => ParseWhole(result, "--heartbeat-ms", 1, int.MaxValue, "a whole number of milliseconds, at least 1"),
    };

    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log every HTTP request (ASP.NET Core's Information lines); without it only warnings and errors.",
    };

    private static readonly Option<Uri?> InteractionsUrl = new("--interactions-url")
    {
        Description = "Deliver interactions to this URL over HTTP, signed with the sandbox's key (printed at start), once it passes Discord's " +
            "check (PING/PONG, an invalid signature refused with 401); also settable later with PUT /_sandbox/interactions-endpoint.",
        HelpName = "URL",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
                return url;
            result.AddError($"--interactions-url '{text}' is not an absolute http or https URL");
            return null;
        },
    };

    /// <summary>The interactions URL given on the command line, checked once the sandbox runs.</summary>
    public static Uri? InteractionsUrlOf(ParseResult result) => result.GetValue(InteractionsUrl);

    public static RootCommand Create() =>
        new("NewsBot sandbox: a local Discord-compatible server (REST, gateway and a control API) on 127.0.0.1.")
        {
            Port,
            Token,
            HeartbeatMilliseconds,
            Verbose,
            InteractionsUrl,
        };

    /// <summary>The sandbox's options from a parse without errors; <paramref name="configure"/> adds what the command line does not set.</summary>
    public static SandboxOptions Options(ParseResult result, Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions
        {
            Port = result.GetValue(Port),
            ExpectedToken = result.GetValue(Token),
            LogRequests = result.GetValue(Verbose),
        };
        if (result.GetValue(HeartbeatMilliseconds) is { } heartbeat)
            options.HeartbeatInterval = TimeSpan.FromMilliseconds(heartbeat);
        configure?.Invoke(options);
        return options;
    }

    /// <summary>One paragraph for what the command line got wrong.</summary>
    public static string Describe(IEnumerable<ParseError> errors) =>
        "NewsBot sandbox cannot start: " + string.Join(" ", errors.Select(e => e.Message.Trim().TrimEnd('.') + ".").Distinct(StringComparer.Ordinal)) +
        " Options: --port N, --token T, --heartbeat-ms N, --verbose, --interactions-url URL; --help describes them.";

    /// <summary>One paragraph for a port that cannot be listened on (in use, or not allowed).</summary>
    public static string DescribeListenFailure(int port, Exception exception) =>
        $"NewsBot sandbox cannot start: it cannot listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} " +
        $"({exception.Message.Trim().TrimEnd('.')}). Choose another port with --port N, or --port 0 for a free one.";

    private static int ParseWhole(ArgumentResult result, string option, int min, int max, string expected)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        result.AddError($"{option} '{text}' is not {expected}");
        return 0;
    }
}
