using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>Small helpers so the stores read as SQL. Snowflakes are stored as signed 64-bit values (same bits).</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static long ToDb(this ulong id) => unchecked((long)id);

    public static object? ToDb(this ulong? id) => id is { } value ? unchecked((long)value) : null;

    public static long ToDb(this DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static ulong GetSnowflake(this DbDataReader reader, int ordinal) => unchecked((ulong)reader.GetInt64(ordinal));

    public static ulong? GetNullableSnowflake(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : unchecked((ulong)reader.GetInt64(ordinal));

    public static DateTimeOffset GetInstant(this DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? GetNullableInstant(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
