using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// What the reader's mechanism tests wrap a short snippet in: a headline, a news paragraph, the snippet and the closing
/// "title | show" line, so that each test shows only the shape it is about; and the panel written as one string per
/// panelist ("Name|Role|Affiliation") for table comparisons.
/// </summary>
internal static class ReaderSnippets
{
    public const string News = "Die Regierung hat am Montag neue Pläne vorgestellt. Kritiker sprechen von einem Fehler.";
    public const string EnglishNews = "The government presented new plans on Monday. Critics called them a mistake.";

    /// <summary>The snippet as the body of a German document (or of one with <paramref name="news"/> and <paramref name="show"/>).</summary>
    public static Discussion Doc(string body, string news = News, string show = "Die Runde") =>
        TestData.Parse($"Schlagzeile zum Thema\n{news}\n{body}\nSchlagzeile zum Thema | {show}\n");

    /// <summary>The snippet as the body of an English event page.</summary>
    public static Discussion English(string body) => Doc(body, EnglishNews, "Events");

    public static string[] Panel(Discussion d) => d.Panel.Select(e => $"{e.Name}|{e.Role}|{e.Affiliation}").ToArray();
}
