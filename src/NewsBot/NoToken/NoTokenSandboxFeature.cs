using System.Diagnostics.CodeAnalysis;

namespace NewsBot.NoToken;

/// <summary>
/// Whether this build carries the embedded sandbox of the no-token run. The deployable Native AOT build
/// (<c>-p:NewsBotDeploy=true</c>) turns it off: the trimmer then drops the sandbox and its demo from the executable,
/// which a server with a token never runs, and a start without a token stops with a clear message instead.
/// </summary>
internal static class NoTokenSandboxFeature
{
    public const string Switch = "NewsBot.NoTokenSandbox.IsSupported";

    [FeatureSwitchDefinition(Switch)]
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var supported) || supported;
}
