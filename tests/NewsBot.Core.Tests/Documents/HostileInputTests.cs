using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// Hostile documents are parsed (or refused with a reason) without blowing up; the benchmark
/// <c>HostileReaderBenchmarks</c> measures that each stays far below 50 ms, so the work is linear.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Documents() => new()
    {
        "one-line",
        "capitalised",
        "brackets",
        "invisible",
        "separators",
        "adding-sentences", // a paragraph of thousands of sentences that each add one more guest: the look-back is bounded
        "run-on-fields", // thousands of moderation fields in one listing record: each is read up to the next, not to the end
        "question-lines", // 8,000 question lines (the name-line shapes have facts of their own below: their panel is long by design)
    };

    [Fact]
    public void A_listing_record_of_thousands_of_moderation_fields_costs_memory_in_proportion_to_its_length()
    {
        static long AllocatedToParse(int length)
        {
            var text = HostileDocuments.RunOnFields(length);
            var before = GC.GetAllocatedBytesForCurrentThread();
            DiscussionParser.Parse("x", text);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        AllocatedToParse(1_000); // the first parse also allocates the reader's static tables
        var single = AllocatedToParse(30_000);
        var twice = AllocatedToParse(60_000);

        // each field's rest was once copied to the end of the line: four times the memory for twice the fields
        Assert.InRange(twice, single, single * 5 / 2);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_hostile_document_is_parsed_or_refused_with_a_reason(string kind)
    {
        var result = DiscussionParser.Parse(kind, HostileDocuments.Of(kind));

        switch (result)
        {
            case ParseResult.Parsed parsed:
                Assert.NotNull(parsed.Discussion.Headline);
                Assert.True(parsed.Discussion.Panel.Count < 100);
                break;
            case ParseResult.Rejected rejected:
                Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
                break;
        }
    }

    [Fact]
    public void A_page_of_thousands_of_name_lines_reads_only_the_first_ones_as_people()
    {
        var names = Enumerable.Range(0, 2_000).Select(i => $"Anna Muster{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}").ToList();
        var text = "Titel\nGäste:\n" + string.Join('\n', names) + "\nTitel | Show\n";

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text)).Discussion;

        Assert.InRange(d.Panel.Count, 1, 500);
        Assert.Equal(names[..d.Panel.Count], d.Panel.Select(e => e.Name));
    }

    [Fact]
    public void A_page_of_thousands_of_question_lines_lists_only_the_first_ones_and_keeps_all_out_of_the_summary()
    {
        var questions = Enumerable.Range(0, 3_000).Select(i => $"Warum ist die Frage Nummer {i} so wichtig?").ToList();
        var text = "Titel\nDie Stadt streitet über den Haushalt des kommenden Jahres.\n" + string.Join('\n', questions) + "\nTitel | Show\n";

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text)).Discussion;

        Assert.Equal(questions[..NewsBot.Core.Documents.Reading.QuestionReader.MaxQuestions], d.Questions);
        Assert.DoesNotContain(d.Paragraphs, p => p.Contains('?', StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_first_panelists_are_looked_for_in_the_prose_so_a_long_list_stays_linear()
    {
        // 40 listed guests; a news sentence that names two of the first ones is their introduction and stays out of the
        // summary, one that names two beyond ReadingContext.PanelistsLookedFor is not looked at and stays in.
        var names = Enumerable.Range(0, 40).Select(i => $"Anna Muster{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}").ToList();
        var early = $"Im Frühjahr hatten {names[1]} und {names[2]} den Plan im Rat kritisiert.";
        var late = $"Im Sommer hatten {names[36]} und {names[37]} den Plan im Rat verteidigt.";
        var text = $"Titel\nDie Stadt streitet über den Haushalt des kommenden Jahres. {early} {late}\nGäste:\n" + string.Join('\n', names) + "\nTitel | Show\n";

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text)).Discussion;

        Assert.Equal(40, d.Panel.Count);
        var news = string.Join(' ', d.Paragraphs);
        Assert.DoesNotContain(early, news, StringComparison.Ordinal);
        Assert.Contains(late, news, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_thousands_of_guest_sentences_is_read_only_up_to_a_panels_worth_of_guests()
    {
        // each sentence adds a different guest; the paragraph is read until it has named ReadingContext.PanelistsLookedFor
        var names = Enumerable.Range(0, 3_000).Select(i => $"Eva Muster{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676))}").ToList();
        var text = "Titel\nAm Abend diskutieren Fachleute über die Klinik. " + string.Concat(names.Select(name => $"Ebenfalls dabei ist die Ärztin {name} von der Klinik Nord. "))
            + "\nTitel | Show\n";

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text)).Discussion;

        Assert.InRange(d.Panel.Count, 2, NewsBot.Core.Documents.Reading.ReadingContext.PanelistsLookedFor + 1);
        Assert.Equal(names[..d.Panel.Count], d.Panel.Select(e => e.Name));
        Assert.All(d.Panel, e => Assert.Equal("Ärztin", e.Role));
    }

    [Fact]
    public void Zero_width_and_right_to_left_characters_do_not_hide_a_guest_list()
    {
        var text = DocumentDecoder.Normalize("Titel\nGäste:\n\u200BEva\u200C Roth (SPD, Ministerin)\n\u200FKarl Böhm, Ökonom\u200E\nTitel | Show\n");

        var d = Assert.IsType<ParseResult.Parsed>(DiscussionParser.Parse("x", text)).Discussion;

        Assert.Contains("Eva Roth", d.Panel.Select(e => e.Name));
    }
}
