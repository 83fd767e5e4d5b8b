using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Storage;

/// <summary>
/// Ready only while the database answers a <c>SELECT 1</c> on a fresh connection (from the pool): without it no setting,
/// command reply or announcement step can be read or recorded.
/// </summary>
internal sealed class StorageHealthCheck(SqlDatabase database) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>Longer than a healthy database ever needs; a probe must not hang on an unreachable server.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider} answers");
        }
        catch (Exception ex) when (ex is DbException or SocketException or IOException or TimeoutException or UnauthorizedAccessException
                                   || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} does not answer: {OneLine(ex.Message)}");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
