using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;
using CliParseResult = System.CommandLine.ParseResult;

namespace NewsBot.Cli;

/// <summary><c>inspect &lt;file-folder-or-url&gt; [--json] [--allow-loopback]</c>: shows what the parser understood from documents or a web page.</summary>
internal static class InspectCommand
{
    internal static readonly InspectJsonContext Json = new(new JsonSerializerOptions(InspectJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A document (*.txt), a folder of documents, or an http(s) URL of a page or feed." };
        var json = new Option<bool>("--json") { Description = "Print JSON: one object for a file or page, an array for a folder." };
        var explain = new Option<bool>("--explain") { Description = "Also print why each field was chosen (block, line, rule); with --json as \"explanation\"." };
        var allowLoopback = new Option<bool>("--allow-loopback") { Description = "Let a URL reach this machine (127.0.0.1, ::1): for a local test server only." };
        var command = new Command("inspect", "Show what NewsBot understands from announcement documents and web pages.") { path, json, explain, allowLoopback };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result, result.GetValue(path)!, result.GetValue(json), result.GetValue(explain), result.GetValue(allowLoopback), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliParseResult result, string path, bool json, bool explain, bool allowLoopback, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        var services = new ServiceCollection().AddNewsBotDocuments(configuration: null);
        await using var provider = services.BuildServiceProvider();
        var summarizer = provider.GetRequiredService<ISummarizer>();
        var maxBytes = provider.GetRequiredService<IOptions<DocumentsOptions>>().Value.MaxDocumentBytes;
        if (InspectUrl.IsUrl(path, out var url))
            return await InspectUrl.RunAsync(url, new InspectRun(output, error, summarizer, maxBytes, json), allowLoopback, cancellationToken);

        var isFolder = Directory.Exists(path);
        if (!isFolder && !File.Exists(path))
        {
            await error.WriteLineAsync($"inspect: '{path}' does not exist (Datei oder Ordner nicht gefunden).");
            return 2;
        }

        var files = isFolder
            ? Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToArray()
            : [path];
        var documents = new List<InspectedDocument>();
        var failed = 0;
        foreach (var file in files)
        {
            var explanation = explain ? new ParseExplanation() : null;
            switch (await DocumentReader.ReadAsync(file, maxBytes, explanation, cancellationToken))
            {
                case Core.Documents.ParseResult.Parsed parsed:
                    documents.Add(InspectedDocument.From(parsed.Discussion, summarizer.Summarize(parsed.Discussion, SummaryLength.Medium), explanation));
                    break;
                case Core.Documents.ParseResult.Rejected rejected:
                    failed++;
                    await error.WriteLineAsync($"inspect: {file}: {rejected}");
                    break;
            }
        }

        if (json)
        {
            var text = isFolder
                ? JsonSerializer.Serialize(documents.ToArray(), Json.InspectedDocumentArray)
                : documents.Count == 1 ? JsonSerializer.Serialize(documents[0], Json.InspectedDocument) : null;
            if (text is not null)
                await output.WriteLineAsync(text);
        }
        else
        {
            foreach (var document in documents)
                await output.WriteAsync(InspectText.Format(document));
        }

        return failed == 0 ? 0 : 1;
    }
}
