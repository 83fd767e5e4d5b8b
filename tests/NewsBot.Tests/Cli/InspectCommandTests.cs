using System.CommandLine;
using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Tests.Cli;

public sealed class InspectCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-inspect-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = NewsBotCommandLine.Create((_, _) => throw new InvalidOperationException("run must not start"));
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string Seed() => Path.Combine(DevSet(), "000_8dbe49e802ff1033.txt");

    private static string DevSet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Core.Tests", "TestData", "dev-set");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("dev-set test data");
    }

    [Fact]
    public async Task Inspect_of_a_file_prints_headline_panel_and_questions_readably()
    {
        var (exit, output, error) = await RunAsync("inspect", Seed());

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Headline:     Waffen und Munition aus Nordkorea", output, StringComparison.Ordinal);
        Assert.Contains("  - Tereza Novotná, Korea-Expertin (Korea-Europe Center an der FU Berlin)", output, StringComparison.Ordinal);
        Assert.Contains("  - Und wie isoliert ist Putin mittlerweile auf der Weltbühne?", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_json_of_a_file_prints_one_object_with_unescaped_umlauts_and_nulls()
    {
        var (exit, output, _) = await RunAsync("inspect", Seed(), "--json");

        Assert.Equal(0, exit);
        Assert.Contains("Novotná", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal("000_8dbe49e802ff1033", root.GetProperty("id").GetString());
        Assert.Equal("ZDFheute live", root.GetProperty("show").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("host").ValueKind);
        Assert.Equal("de", root.GetProperty("language").GetString());
        Assert.Equal(["Tereza Novotná", "Christian Mölling"], root.GetProperty("panel").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("Militärexperte", root.GetProperty("panel")[1].GetProperty("role").GetString());
        Assert.Equal(3, root.GetProperty("questions").GetArrayLength());
        Assert.NotEqual(0, root.GetProperty("summary").GetArrayLength());
    }

    [Fact]
    public async Task Inspect_explain_says_why_for_the_panel_the_host_and_the_broadcast_time()
    {
        var file = Path.Combine(_folder, "runde.txt");
        await File.WriteAllTextAsync(file, "Rente mit 70?\nAm 12. März 2024 hatte die Regierung neue Pläne vorgestellt.\n"
            + "Die Runde läuft am Dienstag, 19. März 2024, um 22:15 Uhr live im Ersten.\nGäste:\nEva Roth (SPD, Ministerin)\nModeration: Anna Weber\nRente mit 70? | Die Runde\n");

        var (exit, output, _) = await RunAsync("inspect", file, "--json", "--explain");
        var (_, readable, _) = await RunAsync("inspect", file, "--explain");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2024-03-19T22:15", root.GetProperty("start").GetString());
        var reasons = root.GetProperty("explanation").EnumerateArray()
            .Select(e => (Field: e.GetProperty("field").GetString(), Value: e.GetProperty("value").GetString(), Accepted: e.GetProperty("accepted").GetBoolean())).ToArray();
        Assert.Contains(("panel", "Eva Roth", true), reasons);
        Assert.Contains(("host", "Anna Weber", true), reasons);
        Assert.Contains(("start", "2024-03-19T22:15", true), reasons);
        Assert.Contains(reasons, r => r is { Field: "start", Accepted: false } && r.Value!.StartsWith("2024-03-12", StringComparison.Ordinal));
        Assert.Contains("+ start       2024-03-19T22:15", readable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_json_of_a_folder_prints_an_array_with_one_object_per_document()
    {
        var (exit, output, _) = await RunAsync("inspect", DevSet(), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToArray();
        Assert.Equal(Directory.GetFiles(DevSet(), "*.txt").Length, ids.Length);
        Assert.Contains("05-english-drought", ids);
        Assert.Equal("en", json.RootElement.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "05-english-drought").GetProperty("language").GetString());
    }

    [Fact]
    public async Task Inspect_of_a_missing_file_says_so_on_stderr_and_fails()
    {
        var (exit, output, error) = await RunAsync("inspect", Path.Combine(_folder, "nope.txt"), "--json");

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        Assert.Contains("nope.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_of_a_binary_file_reports_the_reason_without_a_stack_trace()
    {
        var path = Path.Combine(_folder, "image.txt");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);

        var (exit, output, error) = await RunAsync("inspect", path);

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        Assert.Contains("binary", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_of_a_folder_with_one_bad_document_prints_the_good_ones_and_fails()
    {
        File.Copy(Seed(), Path.Combine(_folder, "good.txt"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "empty.txt"), "  \n");

        var (exit, output, error) = await RunAsync("inspect", _folder, "--json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["good"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Contains("empty.txt: empty document", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_verb_the_run_action_starts()
    {
        var started = false;
        var root = NewsBotCommandLine.Create((_, _) =>
        {
            started = true;
            return Task.FromResult(0);
        });

        var exit = await root.Parse([]).InvokeAsync();

        Assert.Equal(0, exit);
        Assert.True(started);
    }
}
