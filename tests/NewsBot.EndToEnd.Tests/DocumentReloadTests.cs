using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// Hot reload through the documents folder, the catalog's first source: the real host notices documents written, changed
/// and deleted while it runs (file watcher, debounce on the shared fake clock) and /summary answers from them without a restart.
/// </summary>
public sealed class DocumentReloadTests : IAsyncLifetime
{
    private const string Id = "200_nachgereicht";
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 12, 0, 0, TimeSpan.Zero);
    private BotHarness _bot = null!;

    private string DocumentFile => Path.Combine(_bot.Folder, "documents", Id + ".txt");

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(Now, Streams(Now.AddDays(1), Now.AddDays(1).AddHours(1)));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_document_written_changed_and_deleted_while_the_bot_runs_is_served_by_summary_without_a_restart()
    {
        Assert.Contains("I don't know a discussion", await SummaryAsync(), StringComparison.Ordinal);

        await File.WriteAllTextAsync(DocumentFile, Document("Wie grün wird der Stahl?"));
        Assert.True(await _bot.EventuallyAsync(async () => (await SummaryAsync()).Contains("Wie grün wird der Stahl?", StringComparison.Ordinal)),
            "the new document was not served");

        await File.WriteAllTextAsync(DocumentFile, Document("Wie teuer wird der grüne Stahl?"));
        Assert.True(await _bot.EventuallyAsync(async () => (await SummaryAsync()).Contains("Wie teuer wird der grüne Stahl?", StringComparison.Ordinal)),
            "the changed document was not served");

        File.Delete(DocumentFile);
        Assert.True(await _bot.EventuallyAsync(async () => (await SummaryAsync()).Contains("I don't know a discussion", StringComparison.Ordinal)),
            "the deleted document was still served");

        // The documents that were there from the start kept serving throughout.
        var original = Text(await _bot.ReplyAsync(_bot.Viewer("summary", "de", Option("discussion", DiscussionId))));
        Assert.Contains("Nordkorea", original, StringComparison.Ordinal);
    }

    private async Task<string> SummaryAsync() =>
        Text(await _bot.ReplyAsync(_bot.Viewer("summary", "en-US", Option("discussion", Id))));

    private static string Document(string headline) => $"""
        {headline}
        Die Industrie will bis 2030 ein Drittel ihres Stahls ohne Kohle herstellen, sagte ein Sprecher des Verbands.
        Kritiker halten den Plan für zu teuer und fordern mehr Geld für Wasserstoff aus dem Ausland.
        Darüber diskutiert Moderatorin Eva Beispiel mit dem Ökonomen Jonas Muster und der Ingenieurin Lea Probe.
        {headline} | ZDFheute live
        """;
}
