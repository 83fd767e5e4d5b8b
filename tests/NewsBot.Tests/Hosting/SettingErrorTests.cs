using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;
using NewsBot.Startup;
using NewsBot.Storage;

namespace NewsBot.Tests.Hosting;

public sealed class SettingErrorTests
{
    /// <summary>Every setting that is not free text, as the key a bad value goes to (a list's first element).</summary>
    public static TheoryData<string> TypedSettings()
    {
        var data = new TheoryData<string>();
        foreach (var (type, section) in SettingsSections.All)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType != typeof(string)))
            {
                var isList = property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable));
                if (property.CanWrite || isList)
                    data.Add($"{section}:{property.Name}{(isList ? ":0" : "")}");
            }
        }
        return data;
    }

    /// <summary>What Program does with a start that fails on its settings: resolve them all, then the paragraph.</summary>
    private static string? StartWith(string key, string value)
    {
        var overrides = new Dictionary<string, string?> { ["Discord:Token"] = "t", [key] = value };
        var builder = NewsBotHost.CreateBuilder([], overrides);
        try
        {
            using var host = builder.Build();
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (Exception ex)
        {
            return StartupErrors.TryDescribe(ex, builder.Configuration) ?? throw new InvalidOperationException($"{key}: not described", ex);
        }
    }

    [Theory]
    [MemberData(nameof(TypedSettings))]
    public void A_value_that_does_not_fit_any_typed_setting_stops_the_start_with_one_paragraph_naming_the_setting(string key)
    {
        var paragraph = StartWith(key, "?!");

        Assert.NotNull(paragraph);
        Assert.StartsWith("NewsBot cannot start:", paragraph, StringComparison.Ordinal);
        Assert.Contains(key, paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paragraph);
        Assert.DoesNotContain("a value of type", paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Provider", "Nope", "one of Sqlite, Postgres")]
    [InlineData("Interactions:Mode", "Webhook", "one of Gateway, Http, Both")]
    [InlineData("Announcements:ClaimLease", "abc", "a duration such as 00:01:00 (hh:mm:ss)")]
    [InlineData("Documents:MaxDocumentBytes", "lots", "a whole number")]
    [InlineData("Documents:MaxDocumentBytes", "99999999999", "a whole number (at most 2147483647)")]
    [InlineData("Discord:ConnectGateway", "maybe", "true or false")]
    [InlineData("Discord:ShardCount", "two", "a whole number")]
    [InlineData("Bot:CommandGuildIds:1", "-5", "a whole number from 0 to")]
    [InlineData("Logging:LogLevel:Microsoft", "Loud", "one of Trace, Debug, Information, Warning, Error, Critical, None")]
    public void An_unconvertible_setting_is_named_by_its_full_key_with_the_value_given_and_what_is_expected(string key, string value, string expected)
    {
        var paragraph = StartWith(key, value);

        Assert.StartsWith($"NewsBot cannot start: the setting {key} is '{value}', but it must be {expected}", paragraph, StringComparison.Ordinal);
        Assert.Contains($"the environment ({key.Replace(":", "__", StringComparison.Ordinal)})", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_guild_id_of_0_stops_the_start_with_one_paragraph_naming_the_bot_section()
    {
        var paragraph = StartWith("Bot:CommandGuildIds:0", "0");

        Assert.StartsWith("NewsBot cannot start: the settings of Bot are invalid.", paragraph, StringComparison.Ordinal);
        Assert.Contains("Bot:CommandGuildIds must list Discord guild ids; 0 is not one.", paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("00:10:01")]
    public void A_command_registration_delay_below_zero_or_above_ten_minutes_stops_the_start_naming_the_setting(string value)
    {
        var paragraph = StartWith("Bot:CommandRegistrationDelay", value);

        Assert.StartsWith("NewsBot cannot start: the settings of Bot are invalid.", paragraph, StringComparison.Ordinal);
        Assert.Contains("Bot:CommandRegistrationDelay must be between 00:00:00 and 00:10:00", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_error_with_line_breaks_in_its_value_is_still_one_paragraph()
    {
        var text = StartupErrors.Describe(new InvalidSettingException("Storage:SqlitePath", "a\nb.db", "a file\r\nthat opens"));

        Assert.DoesNotContain('\n', text);
        Assert.Contains("'a b.db'", text, StringComparison.Ordinal);
        Assert.Contains("--Storage:SqlitePath=…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_other_than_a_setting_is_not_described_as_one()
    {
        Assert.Null(StartupErrors.TryDescribe(new InvalidOperationException("Failed to start the widget."), null));
        Assert.Null(StartupErrors.TryDescribe(new IOException("disk full"), null));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_as_the_setting_Storage_SqlitePath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-notes-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, "not a database, just notes");
        try
        {
            await using var database = new SqliteDatabase(file);
            var check = new StorageMigrationService(database);

            var error = await Assert.ThrowsAsync<InvalidSettingException>(() => check.CheckAsync(CancellationToken.None));

            Assert.Equal("Storage:SqlitePath", error.Key);
            Assert.Equal(file, error.Value);
            Assert.Contains("file is not a database", error.Expected, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
