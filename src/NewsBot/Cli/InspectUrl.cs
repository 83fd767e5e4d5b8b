using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;
using NewsBot.Texts;
using NewsBot.Web.Feeds;
using NewsBot.Web.Fetching;
using NewsBot.Web.Pages;

namespace NewsBot.Cli;

/// <summary>
/// <c>inspect &lt;url&gt;</c>: reads a web page (or feed) through the safe fetcher, exactly as the bot would, and shows
/// what it understood. Loopback stays refused unless <c>--allow-loopback</c> is given (a local test server).
/// </summary>
internal static class InspectUrl
{
    /// <summary>An absolute URL that is not a local path (which the file part handles).</summary>
    public static bool IsUrl(string path, out Uri url) =>
        Uri.TryCreate(path, UriKind.Absolute, out url!) && !url.IsFile && !File.Exists(path) && !Directory.Exists(path);

    public static async Task<int> RunAsync(Uri url, InspectRun run, bool allowLoopback, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddWebReading(configuration: null)
            .Configure<WebFetchOptions>(o => o.AllowLoopback = allowLoopback);
        await using var provider = services.BuildServiceProvider();
        var fetched = await provider.GetRequiredService<IWebFetcher>().FetchAsync(url, cancellationToken);
        if (fetched is FetchResult.Failed failed)
        {
            await run.Error.WriteLineAsync($"inspect: {url}: {Both(WebReadingTexts.Sentence, failed.Reason)} {failed.Detail}");
            return 1;
        }

        var page = (FetchResult.Fetched)fetched;
        return page.IsXml ? await FeedAsync(page, run) : await PageAsync(page, run, cancellationToken);
    }

    private static async Task<int> PageAsync(FetchResult.Fetched page, InspectRun run, CancellationToken cancellationToken)
    {
        var reading = await PageDiscussion.ReadAsync(page, PageIds.FromUrl(page.Url), run.MaxBytes, cancellationToken);
        if (reading.Result is ParseResult.Rejected rejected)
        {
            await run.Error.WriteLineAsync($"inspect: {page.Url}: {rejected}");
            return 1;
        }

        var discussion = ((ParseResult.Parsed)reading.Result).Discussion;
        var document = InspectedDocument.From(discussion, run.Summarizer.Summarize(discussion, SummaryLength.Medium));
        if (run.Json)
        {
            await run.Output.WriteLineAsync(JsonSerializer.Serialize(document, InspectCommand.Json.InspectedDocument));
            return 0;
        }

        await run.Output.WriteAsync(Source(page, reading.Hints));
        await run.Output.WriteAsync(InspectText.Format(document));
        return 0;
    }

    private static async Task<int> FeedAsync(FetchResult.Fetched page, InspectRun run)
    {
        var parsed = FeedParser.Parse(page.Body, page.Url);
        if (parsed is FeedResult.Failed failed)
        {
            await run.Error.WriteLineAsync($"inspect: {page.Url}: {Both(WebReadingTexts.Sentence, failed.Reason)} {failed.Detail}");
            return 1;
        }

        var feed = (FeedResult.Read)parsed;
        var inspected = new InspectedFeed(page.Url.AbsoluteUri, feed.Title,
            feed.Items.Select(i => new InspectedFeedItem(i.Id, i.Link?.AbsoluteUri, i.Title, i.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))).ToArray());
        if (run.Json)
        {
            await run.Output.WriteLineAsync(JsonSerializer.Serialize(inspected, InspectCommand.Json.InspectedFeed));
            return 0;
        }

        var text = new StringBuilder();
        text.Append("# feed ").AppendLine(inspected.Url);
        text.Append("Title:        ").AppendLine(inspected.Title ?? "–");
        text.Append("Items:        ").AppendLine(inspected.Items.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var item in inspected.Items)
            text.Append("  - ").Append(item.Published ?? "(no date)").Append("  ").Append(item.Title ?? "(no title)").Append("  ").AppendLine(item.Link ?? item.Id);
        await run.Output.WriteAsync(text.ToString());
        return 0;
    }

    /// <summary>Where the page came from and what its structured data said, above the usual readout.</summary>
    private static string Source(FetchResult.Fetched page, PageHints? hints)
    {
        var text = new StringBuilder();
        text.Append("URL:          ").AppendLine(page.Url.AbsoluteUri);
        text.Append("Content type: ").AppendLine(page.MediaType);
        if (hints is null)
            return text.ToString();
        text.Append("og:title:     ").AppendLine(hints.OpenGraphTitle ?? "–");
        if (hints.MainEvent is not { } main)
        {
            text.AppendLine("JSON-LD:      no schema.org event");
            return text.ToString();
        }

        text.Append("JSON-LD:      ").Append(main.Type).Append(" \"").Append(main.Name ?? "–").Append("\" ")
            .Append(main.Start?.ToString() ?? "–").Append(main.Start?.Zone).Append(" – ")
            .Append(main.End?.ToString() ?? "–").Append(main.End?.Zone).AppendLine();
        if (main.Performers.Count > 0)
            text.Append("  performers: ").AppendLine(string.Join(", ", main.Performers.Select(p => p.Name)));
        if (main.Organizer is not null)
            text.Append("  organizer:  ").AppendLine(main.Organizer);
        return text.ToString();
    }

    private static string Both<TReason>(Func<TReason, BotLanguage, string> sentence, TReason reason) =>
        $"{sentence(reason, BotLanguage.English)} ({sentence(reason, BotLanguage.German)})";
}

/// <summary>What one <c>inspect</c> run shares between files and URLs.</summary>
internal sealed record InspectRun(TextWriter Output, TextWriter Error, ISummarizer Summarizer, int MaxBytes, bool Json);
