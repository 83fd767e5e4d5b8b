using System.Text;
using NewsBot.Web.Pages;

namespace NewsBot.Web.Tests.Pages;

public sealed class HtmlSourceTests
{
    [Fact]
    public async Task A_latin_1_page_named_by_its_meta_charset_becomes_text_that_reads_the_same_as_utf_8()
    {
        var body = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Gäste</title></head><body><main><h1>Außenpolitik</h1><p>Grüße</p></main></body></html>");

        var html = await HtmlSource.DecodeAsync(body, charset: null, CancellationToken.None);
        var again = await HtmlPageReader.ReadAsync(Encoding.UTF8.GetBytes(html), "utf-8", null, CancellationToken.None);
        var original = await HtmlPageReader.ReadAsync(body, null, null, CancellationToken.None);

        Assert.Contains("<h1>Außenpolitik</h1>", html, StringComparison.Ordinal);
        Assert.Equal(original.Text, again.Text);
        Assert.StartsWith("Außenpolitik\nGrüße", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_meta_charset_is_decoded_in_the_charset_its_server_named()
    {
        var body = Encoding.Latin1.GetBytes("<html><body><h1>Zürich</h1></body></html>");

        var html = await HtmlSource.DecodeAsync(body, "windows-1252", CancellationToken.None);

        Assert.Contains("<h1>Zürich</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-16")]
    public async Task A_utf_16_page_without_a_byte_order_mark_is_decoded_in_the_charset_its_server_named(string charset)
    {
        const string Page = "<html><body><main><h1>Gäste in Zürich</h1><p>Grüße</p></main></body></html>";
        var encoding = charset == "utf-16be" ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var body = encoding.GetBytes(Page);

        var html = await HtmlSource.DecodeAsync(body, charset, CancellationToken.None);
        var reading = await HtmlPageReader.ReadAsync(body, charset, null, CancellationToken.None);

        Assert.Contains("<h1>Gäste in Zürich</h1>", html, StringComparison.Ordinal);
        Assert.StartsWith("Gäste in Zürich\nGrüße", reading.Text, StringComparison.Ordinal);
    }
}
