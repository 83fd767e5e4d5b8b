using NewsBot.Core.Documents;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class TermTokenizerTests
{
    [Fact]
    public void Hyphenated_compounds_give_their_parts_and_the_joined_form()
    {
        Assert.Equal(["putin", "kim", "bundnis", "putinkimbundnis"], Terms("Putin-Kim-Bündnis", DocumentLanguage.German));
    }

    [Fact]
    public void Stop_words_numbers_and_single_letters_are_dropped_and_words_stemmed()
    {
        Assert.Equal(["waffenliefer", "russland"], Terms("Die 3 Waffenlieferungen an Russland, u. a.", DocumentLanguage.German));
    }

    [Fact]
    public void Compounds_report_joined_forms_separately_from_content_terms()
    {
        var sink = new Sink();
        TermTokenizer.Tokenize("Kurzstrecken-Raketen vom Typ KN-23", DocumentLanguage.German, sink);

        Assert.Equal(["kurzstreck", "raket", "kurzstreckenraket", "typ", "kn", "kn23"], sink.Terms);
        Assert.Equal([false, false, true, false, false, true], sink.Joins);
    }

    [Fact]
    public void English_text_uses_english_stop_words_and_stemmer()
    {
        Assert.Equal(["carmak", "halt", "product", "line"], Terms("The carmakers have halted production lines", DocumentLanguage.English));
    }

    [Fact]
    public void Soft_hyphens_inside_words_are_ignored()
    {
        Assert.Equal(Terms("Grundwasserstände", DocumentLanguage.German), Terms("Grund\u00ADwasser\u00ADstände", DocumentLanguage.German));
    }

    private static List<string> Terms(string text, DocumentLanguage language)
    {
        var sink = new Sink();
        TermTokenizer.Tokenize(text, language, sink);
        return sink.Terms;
    }

    private sealed class Sink : ITermSink
    {
        public List<string> Terms { get; } = [];

        public List<bool> Joins { get; } = [];

        public void Add(ReadOnlySpan<char> term, bool isCompoundJoin)
        {
            Terms.Add(term.ToString());
            Joins.Add(isCompoundJoin);
        }
    }
}
