using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    private readonly ExtractiveSummarizer _summarizer = new();

    public static TheoryData<string, SummaryLength> Cases => SummaryAssertions.DocumentsAndLengths();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_sentence_is_verbatim_from_the_news_and_in_document_order(string id, SummaryLength length)
    {
        var document = SummaryAssertions.Document(id);
        var summary = _summarizer.Summarize(document, length);

        Assert.NotEmpty(summary);
        var positions = SummaryAssertions.Locate(document, summary);
        Assert.Equal(positions.OrderBy(p => p.Paragraph).ThenBy(p => p.Offset), positions);
        Assert.All(summary, sentence => Assert.Equal(sentence.Trim(), sentence));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Summaries_stay_within_their_length_budget(string id, SummaryLength length)
    {
        var budget = SummaryBudget.For(length);
        var summary = _summarizer.Summarize(SummaryAssertions.Document(id), length);

        Assert.InRange(summary.Count, 1, budget.MaxSentences);
        Assert.InRange(SummaryBudget.Measure(summary), 1, Math.Min(budget.MaxCharacters, SummaryBudget.HardCapCharacters));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chosen_sentences_are_never_near_duplicates_of_each_other(string id, SummaryLength length)
    {
        var document = SummaryAssertions.Document(id);
        var summary = _summarizer.Summarize(document, length);
        var sentences = new DocumentSentences(document);
        var members = Enumerable.Range(0, sentences.Count).Where(i => sentences.IsCandidate(i) && !sentences.RepeatsEarlier(i)).ToArray();
        var vectors = new TermVectors(sentences, members, document.Headline, document.Language);
        var chosen = summary.Select(s => Array.FindIndex(members, m => sentences.StringOf(m) == s)).ToArray();

        Assert.DoesNotContain(-1, chosen);
        foreach (var a in chosen)
        {
            foreach (var b in chosen.Where(b => b != a))
            {
                Assert.True(vectors.Cosine(a, b) <= 0.5, $"cosine {vectors.Cosine(a, b):F2}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_sentence_opening_with_a_pronoun_comes_with_its_predecessor(string id, SummaryLength length)
    {
        var document = SummaryAssertions.Document(id);
        var summary = _summarizer.Summarize(document, length);
        var sentences = new DocumentSentences(document);
        var all = Enumerable.Range(0, sentences.Count).Select(sentences.StringOf).ToList();

        foreach (var sentence in summary.Where(s => Anaphora.NeedsPredecessor(s)))
        {
            var index = all.IndexOf(sentence);
            Assert.True(index == 0 || summary.Contains(all[index - 1]), $"'{sentence}' without '{all[index - 1]}'");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_same_document_always_gives_the_same_summary(string id, SummaryLength length)
    {
        var document = SummaryAssertions.Document(id);
        var copy = SummaryAssertions.WithParagraphs(document, document.Paragraphs.Select(p => new string(p.AsSpan())).ToArray());

        var first = _summarizer.Summarize(document, length);
        var again = new ExtractiveSummarizer().Summarize(copy, length);

        Assert.Equal(first, again);
    }

    [Fact]
    public void The_seed_summary_leads_with_the_arrival_and_leaves_out_the_bare_confirmation_quote()
    {
        var summary = _summarizer.Summarize(TestDocuments.Seed, SummaryLength.Medium);

        Assert.StartsWith("Nordkoreas Machthaber Kim Jong Un ist offiziellen Angaben zufolge In Russland eingetroffen", summary[0], StringComparison.Ordinal);
        Assert.DoesNotContain(summary, s => s.Contains("Ich bestätige das", StringComparison.Ordinal));
        Assert.Contains(summary, s => s.StartsWith("Die USA warnten Nordkorea", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicated_paragraph_never_yields_two_copies()
    {
        var seed = TestDocuments.Seed;
        var doubled = SummaryAssertions.WithParagraphs(seed, [.. seed.Paragraphs, .. seed.Paragraphs]);

        foreach (var length in Enum.GetValues<SummaryLength>())
        {
            var summary = _summarizer.Summarize(doubled, length);
            Assert.Equal(summary.Count, summary.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [InlineData("Foto: dpa")]
    [InlineData("Quelle: AFP")]
    [InlineData("(dpa)")]
    public void Appending_a_credit_line_does_not_change_the_summary(string boilerplate)
    {
        foreach (var document in TestDocuments.All)
        {
            var withCredit = SummaryAssertions.WithParagraphs(document, [.. document.Paragraphs, boilerplate]);

            Assert.Equal(_summarizer.Summarize(document, SummaryLength.Medium), _summarizer.Summarize(withCredit, SummaryLength.Medium));
        }
    }

    [Fact]
    public void A_single_sentence_longer_than_the_budget_is_cut_at_a_word_boundary()
    {
        var words = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"Wort{i}"));
        var sentence = $"Die Regierung beschloss {words} heute.";
        var document = SummaryAssertions.WithParagraphs(TestDocuments.Seed, [sentence]);

        var summary = _summarizer.Summarize(document, SummaryLength.Brief);

        var only = Assert.Single(summary);
        Assert.InRange(only.Length, 200, 300);
        Assert.EndsWith("…", only, StringComparison.Ordinal);
        Assert.StartsWith(only[..^1] + " ", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_news_has_an_empty_summary()
    {
        var empty = SummaryAssertions.WithParagraphs(TestDocuments.Seed, []);

        Assert.Empty(_summarizer.Summarize(empty, SummaryLength.Medium));
        Assert.Empty(new LeadSummarizer().Summarize(empty, SummaryLength.Medium));
    }

    [Fact]
    public void Longer_lengths_never_say_less()
    {
        foreach (var document in TestDocuments.All)
        {
            var brief = SummaryBudget.Measure(_summarizer.Summarize(document, SummaryLength.Brief));
            var medium = SummaryBudget.Measure(_summarizer.Summarize(document, SummaryLength.Medium));
            var detailed = SummaryBudget.Measure(_summarizer.Summarize(document, SummaryLength.Detailed));

            Assert.True(brief <= medium && medium <= detailed, $"{document.Id}: {brief}, {medium}, {detailed}");
        }
    }

    [Fact]
    public void Summaries_of_a_large_document_respect_the_hard_cap()
    {
        var paragraphs = TestDocuments.All.Where(d => d.Language == Core.Documents.DocumentLanguage.German)
            .SelectMany(d => d.Paragraphs).ToArray();
        var large = SummaryAssertions.WithParagraphs(TestDocuments.Seed, paragraphs);

        var summary = _summarizer.Summarize(large, SummaryLength.Detailed);

        Assert.InRange(summary.Count, 1, 6);
        Assert.True(SummaryBudget.Measure(summary) <= 1500);
        SummaryAssertions.Locate(large, summary);
    }

    [Fact]
    public void A_page_of_thousands_of_sentences_is_summarised_from_a_bounded_graph()
    {
        // 9,000 distinct sentences of one line each: the full similarity graph would be two 9,000 × 9,000 matrices (1.3 GB).
        var paragraphs = Enumerable.Range(0, 9_000).Select(i => $"Zeile {i} berichtet über das Thema der Woche.").ToArray();
        var page = SummaryAssertions.WithParagraphs(TestDocuments.Seed, paragraphs);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var summary = _summarizer.Summarize(page, SummaryLength.Detailed);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotEmpty(summary);
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / (1024 * 1024)} MB");
        var positions = SummaryAssertions.Locate(page, summary);
        Assert.All(positions, p => Assert.True(p.Paragraph < ExtractiveSummarizer.MaxGraphSentences, $"paragraph {p.Paragraph}"));
    }

    [Fact]
    public void Invalid_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractiveSummarizer(lambda: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractiveSummarizer(duplicateCosine: -0.1));
        Assert.Throws<ArgumentNullException>(() => _summarizer.Summarize(null!, SummaryLength.Brief));
    }
}
