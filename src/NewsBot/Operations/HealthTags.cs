namespace NewsBot.Operations;

/// <summary>The tags that put a health check behind <c>/readyz</c> (liveness has no checks: a process that answers is alive).</summary>
internal static class HealthTags
{
    public const string Ready = "ready";
}
