using Microsoft.Extensions.Options;
using Npgsql;

namespace NewsBot.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.SqlitePath):
                return ValidateOptionsResult.Fail("Storage:SqlitePath must name a file (default data/newsbot.db).");
            case StorageProvider.Postgres when string.IsNullOrWhiteSpace(options.PostgresConnectionString):
                return ValidateOptionsResult.Fail(
                    "Storage:Provider is Postgres but Storage:PostgresConnectionString is empty " +
                    "(e.g. Host=127.0.0.1;Username=newsbot;Password=…;Database=newsbot).");
            case StorageProvider.Postgres:
                try
                {
                    _ = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
                }
                catch (ArgumentException ex)
                {
                    return ValidateOptionsResult.Fail($"Storage:PostgresConnectionString is not a valid connection string: {ex.Message}");
                }

                return ValidateOptionsResult.Success;
            case StorageProvider.Sqlite:
                return ValidateOptionsResult.Success;
            default:
                return ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not Sqlite or Postgres.");
        }
    }
}
