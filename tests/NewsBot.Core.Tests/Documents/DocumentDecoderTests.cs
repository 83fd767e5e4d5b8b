using System.Text;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class DocumentDecoderTests
{
    private const string Text = "Größere Dürre: Wie geht es weiter?\nÄußerst knapp.";

    public static TheoryData<string, byte[]> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new TheoryData<string, byte[]>
        {
            { "UTF-8", Encoding.UTF8.GetBytes(Text) },
            { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)] },
            { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)] },
            { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)] },
            { "Windows-1252", Encoding.GetEncoding(1252).GetBytes(Text) },
            { "ISO-8859-1", Encoding.Latin1.GetBytes(Text) },
            { "UTF-8 with CRLF", Encoding.UTF8.GetBytes(Text.Replace("\n", "\r\n", StringComparison.Ordinal)) },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_supported_encoding_decodes_umlauts_correctly(string encoding, byte[] bytes)
    {
        var text = DocumentDecoder.Decode(bytes, out var error);

        Assert.Null(error);
        Assert.True(text == Text, encoding);
    }

    [Fact]
    public void Decomposed_umlauts_are_composed_to_NFC()
    {
        var text = DocumentDecoder.Decode(Encoding.UTF8.GetBytes("Mo\u0308lling"), out _);

        Assert.Equal("Mölling", text);
    }

    [Fact]
    public void No_break_spaces_become_spaces_and_soft_hyphens_and_zero_width_characters_vanish()
    {
        var text = DocumentDecoder.Decode(Encoding.UTF8.GetBytes("Dr.\u00A0Jana Alb\u00ADrecht\u200B vom\u202FUFZ"), out _);

        Assert.Equal("Dr. Jana Albrecht vom UFZ", text);
    }

    [Fact]
    public void Bytes_with_NUL_are_refused_as_binary()
    {
        var text = DocumentDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41], out var error);

        Assert.Null(text);
        Assert.Contains("binary", error, StringComparison.Ordinal);
    }
}
