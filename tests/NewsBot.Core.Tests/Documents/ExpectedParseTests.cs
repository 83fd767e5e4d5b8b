using System.Text.Json;
using System.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>Every dev-set document (and the seed), every extra and every held-out document parses exactly to its expected JSON.</summary>
public sealed class ExpectedParseTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "dev-set", "extra", "heldout" })
        {
            foreach (var expected in Directory.GetFiles(TestData.PathOf(folder), "*.expected.json").Order(StringComparer.Ordinal))
                data.Add(System.IO.Path.Combine(folder, System.IO.Path.GetFileName(expected)[..^".expected.json".Length]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_parses_to_its_expected_headline_title_show_host_panel_and_questions(string document)
    {
        var discussion = TestData.ParseFile(TestData.PathOf(document + ".txt"));
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.PathOf(document + ".expected.json")));
        var want = json.RootElement;

        AssertAccepted(want.GetProperty("headline"), discussion.Headline, "headline");
        AssertAccepted(want.GetProperty("streamTitle"), discussion.StreamTitle, "streamTitle");
        AssertAccepted(want.GetProperty("show"), discussion.Show, "show");
        AssertAccepted(want.GetProperty("host"), discussion.Host, "host");

        var panel = want.GetProperty("panel").EnumerateArray().ToArray();
        Assert.Equal(panel.Select(p => p.GetProperty("name").GetString()), discussion.Panel.Select(e => e.Name));
        for (var i = 0; i < panel.Length; i++)
        {
            AssertAccepted(panel[i].GetProperty("role"), discussion.Panel[i].Role, $"role of {discussion.Panel[i].Name}");
            AssertAccepted(panel[i].GetProperty("affiliation"), discussion.Panel[i].Affiliation, $"affiliation of {discussion.Panel[i].Name}");
        }

        Assert.Equal(want.GetProperty("questions").EnumerateArray().Select(q => q.GetString()), discussion.Questions);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void News_paragraphs_hold_neither_questions_nor_panel_nor_title_lines(string document)
    {
        var discussion = TestData.ParseFile(TestData.PathOf(document + ".txt"));

        Assert.NotEmpty(discussion.Paragraphs);
        foreach (var paragraph in discussion.Paragraphs)
        {
            Assert.NotEqual(discussion.Headline, paragraph);
            Assert.NotEqual(discussion.StreamTitle, paragraph);
            Assert.DoesNotContain(discussion.Questions, q => paragraph.Contains(q, StringComparison.Ordinal));
            Assert.DoesNotContain(discussion.Panel, e => paragraph.Contains(e.Name, StringComparison.Ordinal));
            if (discussion.Host is { } host)
                Assert.DoesNotContain(host, paragraph, StringComparison.Ordinal);
        }
    }

    private static void AssertAccepted(JsonElement want, string? got, string what)
    {
        var options = want.ValueKind == JsonValueKind.Array ? want.EnumerateArray().ToArray() : [want];
        var accepted = options.Select(o => o.ValueKind == JsonValueKind.Null ? null : Norm(o.GetString()!)).ToArray();
        Assert.True(accepted.Contains(got is null ? null : Norm(got)), $"{what}: got {got ?? "null"}, want one of [{string.Join(" | ", accepted.Select(a => a ?? "null"))}]");
    }

    private static string Norm(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
}
