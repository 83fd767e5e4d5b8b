namespace NewsBot.Operations;

/// <summary>The operator's port: health probes and metrics (section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>
    /// Where <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> are served, e.g. <c>http://127.0.0.1:9090</c>
    /// (<c>0.0.0.0</c> for every interface; port 0 picks a free one). Empty: not served, and no metrics are collected.
    /// </summary>
    public string? ListenUrl { get; set; }
}
