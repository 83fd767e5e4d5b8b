using Microsoft.Extensions.Hosting;

namespace NewsBot.Storage;

/// <summary>Creates or migrates the schema at start, so a bad connection string or an unreachable database fails the start.</summary>
internal sealed class StorageMigrationService(SqlDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
