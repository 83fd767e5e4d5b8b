using System.Text;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>Finds tests/NewsBot.Core.Tests/TestData by walking up from the test binaries.</summary>
internal static class TestData
{
    public static string Folder { get; } = Locate();

    public static string PathOf(string relative) => System.IO.Path.Combine(Folder, relative);

    public static Discussion Parse(string text, string id = "test") =>
        DiscussionParser.Parse(id, DocumentDecoder.Normalize(text)) switch
        {
            ParseResult.Parsed parsed => parsed.Discussion,
            var other => throw new InvalidOperationException($"not parsed: {other}"),
        };

    public static Discussion ParseFile(string path) =>
        DocumentReader.Parse(System.IO.Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path), 256 * 1024) switch
        {
            ParseResult.Parsed parsed => parsed.Discussion,
            var other => throw new InvalidOperationException($"{path}: {other}"),
        };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "NewsBot.Core.Tests", "TestData");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("tests/NewsBot.Core.Tests/TestData not found above " + AppContext.BaseDirectory);
    }
}
