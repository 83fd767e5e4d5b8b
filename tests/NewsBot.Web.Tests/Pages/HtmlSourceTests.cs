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
}
