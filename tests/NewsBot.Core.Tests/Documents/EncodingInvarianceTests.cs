using System.Text;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The same document in another encoding or with other line ends parses to the same discussion.</summary>
public sealed class EncodingInvarianceTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData.PathOf("dev-set"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_encoding_and_line_ending_variant_parses_like_the_original(string file)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(TestData.PathOf(Path.Combine("dev-set", file)));
        var original = Parse(Encoding.UTF8.GetBytes(text));
        var crlf = text.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\n", "  \r\n", StringComparison.Ordinal);
        byte[][] variants =
        [
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(crlf)],
            [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(crlf)],
            Encoding.GetEncoding(1252).GetBytes(text.Replace('ı', 'i').Replace('\u2013', '-')),
        ];

        foreach (var bytes in variants)
        {
            var variant = Parse(bytes);
            Assert.Equal(original.Headline, variant.Headline);
            Assert.Equal(original.Panel.Count, variant.Panel.Count);
            Assert.Equal(original.Questions.Count, variant.Questions.Count);
            Assert.Equal(original.Paragraphs.Count, variant.Paragraphs.Count);
        }
    }

    private static Discussion Parse(byte[] bytes) =>
        Assert.IsType<ParseResult.Parsed>(DocumentReader.Parse("x", bytes, 256 * 1024)).Discussion;
}
