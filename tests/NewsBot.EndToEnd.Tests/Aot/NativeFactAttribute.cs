namespace NewsBot.EndToEnd.Tests.Aot;

/// <summary>
/// A fact about the published Native AOT executable: skipped, with the reason, unless <c>NEWSBOT_AOT_BINARY</c> names it.
/// <c>tools/aot/check.sh</c> publishes the bot once and runs these facts against it; with <c>--deploy</c> it publishes the
/// deployable build (<c>-p:NewsBotDeploy=true</c>, no embedded sandbox) and sets <c>NEWSBOT_AOT_BUILD=deploy</c>, so that
/// the facts about the no-token run are skipped and the ones about the deployable build run instead.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public const string Variable = "NEWSBOT_AOT_BINARY";
    public const string BuildVariable = "NEWSBOT_AOT_BUILD";

    public NativeFactAttribute(NativeBuild needs = NativeBuild.Any)
    {
        var deploy = string.Equals(Environment.GetEnvironmentVariable(BuildVariable), "deploy", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"Native AOT tests need {Variable} (the published executable); run tools/aot/check.sh";
        else if (needs == NativeBuild.WithSandbox && deploy)
            Skip = $"{Variable} is the deployable build ({BuildVariable}=deploy), which has no embedded sandbox";
        else if (needs == NativeBuild.Deploy && !deploy)
            Skip = $"about the deployable build only (tools/aot/check.sh --deploy sets {BuildVariable}=deploy)";
    }

    /// <summary>The executable <c>NEWSBOT_AOT_BINARY</c> names, checked to exist.</summary>
    public static string Binary
    {
        get
        {
            var path = Path.GetFullPath(Environment.GetEnvironmentVariable(Variable)!);
            Assert.True(File.Exists(path), $"{Variable} names {path}, which does not exist");
            return path;
        }
    }
}

/// <summary>Which Native AOT build a fact is about.</summary>
public enum NativeBuild
{
    /// <summary>Both: the normal publish and the deployable one.</summary>
    Any,

    /// <summary>The normal publish, which carries the embedded sandbox of the no-token run.</summary>
    WithSandbox,

    /// <summary>The deployable publish (<c>-p:NewsBotDeploy=true</c>).</summary>
    Deploy,
}
