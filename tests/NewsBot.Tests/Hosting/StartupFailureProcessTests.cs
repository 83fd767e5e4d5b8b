namespace NewsBot.Tests.Hosting;

/// <summary>The built bot, started with settings it cannot use: one paragraph on stderr naming the setting, exit code 2.</summary>
public sealed class StartupFailureProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-startup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string> Settings(params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "documents"));
        File.WriteAllText(Path.Combine(_folder, "streams.json"), """{ "streams": [] }""");
        var environment = new Dictionary<string, string>
        {
            ["Discord__Token"] = "not-a-real-token",
            ["Documents__Folder"] = Path.Combine(_folder, "documents"),
            ["Schedule__File"] = Path.Combine(_folder, "streams.json"),
            ["Storage__SqlitePath"] = Path.Combine(_folder, "newsbot.db"),
        };
        foreach (var (key, value) in settings)
            environment[key] = value;
        return environment;
    }

    private static void AssertOneParagraph(BotProcess.Result result, params string[] mentions)
    {
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}: {result.All}");
        var paragraph = result.Error.Trim();
        Assert.DoesNotContain('\n', paragraph);
        Assert.StartsWith("NewsBot cannot start:", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);
        foreach (var mention in mentions)
            Assert.Contains(mention, paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage__Provider", "Nope", "Storage:Provider", "Sqlite, Postgres")]
    [InlineData("Announcements__ClaimLease", "abc", "Announcements:ClaimLease", "00:01:00")]
    [InlineData("Documents__MaxDocumentBytes", "lots", "Documents:MaxDocumentBytes", "whole number")]
    [InlineData("Discord__ConnectGateway", "maybe", "Discord:ConnectGateway", "true or false")]
    [InlineData("Bot__CommandGuildIds__0", "guild", "Bot:CommandGuildIds:0", "whole number")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel:Default", "Information")]
    public async Task A_setting_that_cannot_be_converted_stops_the_bot_with_one_paragraph_naming_it_and_exit_code_2(
        string variable, string value, string key, string expected)
    {
        var result = await BotProcess.RunAsync(_folder, Settings((variable, value)));

        AssertOneParagraph(result, key, $"'{value}'", expected);
    }

    [Fact]
    public async Task A_database_path_that_cannot_be_created_stops_the_bot_with_one_paragraph_and_exit_code_2()
    {
        var result = await BotProcess.RunAsync(_folder, Settings(("Storage__SqlitePath", "/proc/nope/x.db")));

        AssertOneParagraph(result, "Storage:SqlitePath", "/proc/nope/x.db");
    }

    [Fact]
    public async Task A_database_file_that_is_not_a_database_stops_the_bot_with_one_paragraph_and_exit_code_2()
    {
        var file = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(file, "these are my notes, not a database\n");

        var result = await BotProcess.RunAsync(_folder, Settings(("Storage__SqlitePath", file)));

        AssertOneParagraph(result, "Storage:SqlitePath", file, "not a database");
        Assert.Equal("these are my notes, not a database\n", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task An_invalid_but_parseable_setting_still_gets_its_paragraph_and_exit_code_2()
    {
        var result = await BotProcess.RunAsync(_folder, Settings(("Storage__Provider", "Postgres"), ("Storage__PostgresConnectionString", "")));

        AssertOneParagraph(result, "Storage:PostgresConnectionString");
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_the_bot_with_one_paragraph_exit_code_2_and_no_password()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await BotProcess.RunAsync(_folder, Settings(
            ("Storage__Provider", "Postgres"),
            ("Storage__PostgresConnectionString", $"Host=127.0.0.1;Port={port};Username=newsbot;Password=geheim;Database=newsbot;Timeout=5")));

        AssertOneParagraph(result, "Storage:PostgresConnectionString", $"Port={port}", "Password=***");
        Assert.DoesNotContain("geheim", result.All, StringComparison.Ordinal);
    }
}
