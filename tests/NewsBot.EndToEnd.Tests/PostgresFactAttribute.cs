namespace NewsBot.EndToEnd.Tests;

/// <summary>A fact that needs PostgreSQL: skipped, with the reason, unless <c>NEWSBOT_TEST_POSTGRES</c> holds a connection string.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "NEWSBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
            Skip = $"PostgreSQL tests need {Variable} (e.g. Host=127.0.0.1;Port=5432;Username=newsbot;Password=newsbot;Database=newsbot_test); see .ci/run";
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
