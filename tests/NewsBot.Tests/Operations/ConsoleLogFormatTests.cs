using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;
using NewsBot.Startup;

namespace NewsBot.Tests.Operations;

public sealed class ConsoleLogFormatTests
{
    private static string Format(string? formatterName)
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "not-a-real-token" };
        if (formatterName is not null)
            settings[ConsoleLogFormat.Key] = formatterName;
        using var services = NewsBotHost.CreateBuilder([], settings).Services.BuildServiceProvider();
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        using var output = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Warning, "NewsBot.Announcements", new EventId(7, "Posted"),
            "step posted \"quoted\" für", null, (state, _) => state), null, output);
        return output.ToString();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("Json")]
    public void The_json_format_writes_one_json_object_per_line_for_log_collectors(string name)
    {
        var line = Format(name);

        Assert.Single(line.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Warning", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("NewsBot.Announcements", json.RootElement.GetProperty("Category").GetString());
        Assert.Contains("für", line, StringComparison.Ordinal);
        Assert.Equal("step posted \"quoted\" für", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("EventId").GetInt32());
        Assert.EndsWith("Z", json.RootElement.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_setting_the_console_keeps_its_one_line_text_format()
    {
        var line = Format(null);

        Assert.Contains("NewsBot.Announcements[7] step posted", line, StringComparison.Ordinal);
        Assert.Single(line.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unknown_format_is_a_setting_error_naming_the_key_and_the_choices()
    {
        var error = Assert.Throws<InvalidSettingException>(() => NewsBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "not-a-real-token",
            [ConsoleLogFormat.Key] = "xml",
        }));

        Assert.Equal("Logging:Console:FormatterName", error.Key);
        Assert.Equal("xml", error.Value);
        Assert.Contains("json", StartupErrors.Describe(error), StringComparison.Ordinal);
    }
}
