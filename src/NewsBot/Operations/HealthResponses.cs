using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Operations;

/// <summary>
/// A health report as a probe and a person read it: 200 when healthy (or degraded), 503 when not; a plain-text body
/// with the overall status and one line per check ("storage: Healthy (Sqlite answers)"). No JSON serializer needed.
/// </summary>
internal static class HealthResponses
{
    public static async Task WriteAsync(HttpContext context, HealthCheckService health, Func<HealthCheckRegistration, bool> predicate)
    {
        var report = await health.CheckHealthAsync(predicate, context.RequestAborted);
        var text = new StringBuilder().Append(report.Status).Append('\n');
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status);
            if (!string.IsNullOrEmpty(entry.Description))
                text.Append(" (").Append(entry.Description).Append(')');
            text.Append('\n');
        }
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
