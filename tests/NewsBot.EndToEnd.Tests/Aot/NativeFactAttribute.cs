namespace NewsBot.EndToEnd.Tests.Aot;

/// <summary>
/// A fact about the published Native AOT executable: skipped, with the reason, unless <c>NEWSBOT_AOT_BINARY</c> names it.
/// <c>tools/aot/check.sh</c> publishes the bot once and runs these facts against it.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public const string Variable = "NEWSBOT_AOT_BINARY";

    public NativeFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"Native AOT tests need {Variable} (the published executable); run tools/aot/check.sh";
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
