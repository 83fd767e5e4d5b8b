namespace NewsBot.Core.Tests.Summaries.Evaluation;

public sealed class RougeTests
{
    [Fact]
    public void Tokenization_keeps_umlauts_and_sharp_s_and_drops_punctuation()
    {
        Assert.Equal(["das", "putin", "kim", "bündnis", "ist", "groß"], Rouge.Tokenize("Das Putin-Kim-Bündnis ist „groß“!"));
    }

    [Fact]
    public void Identical_texts_score_one_and_disjoint_texts_zero()
    {
        var a = Rouge.Tokenize("Die Bahn streikt am Samstag.");
        var b = Rouge.Tokenize("Kim reist nach Russland.");

        Assert.Equal(1.0, Rouge.NGramF1(a, a, 1), 10);
        Assert.Equal(1.0, Rouge.NGramF1(a, a, 2), 10);
        Assert.Equal(1.0, Rouge.LcsF1(a, a), 10);
        Assert.Equal(0.0, Rouge.NGramF1(a, b, 1));
        Assert.Equal(0.0, Rouge.LcsF1(a, b));
    }

    [Fact]
    public void Unigram_and_bigram_overlap_match_a_hand_computed_example()
    {
        // candidate: the cat sat on the mat (6 tokens); reference: the cat lay on the red mat (7 tokens)
        var candidate = Rouge.Tokenize("the cat sat on the mat");
        var reference = Rouge.Tokenize("the cat lay on the red mat");

        // unigrams: the×2 (clipped 2), cat, on, mat → 5; P = 5/6, R = 5/7, F = 2·(5/6)(5/7)/((5/6)+(5/7)) = 10/13
        Assert.Equal(10.0 / 13, Rouge.NGramF1(candidate, reference, 1), 10);
        // bigrams: "the cat", "on the" → 2; P = 2/5, R = 2/6, F = 2/11·2 = 4/11
        Assert.Equal(4.0 / 11, Rouge.NGramF1(candidate, reference, 2), 10);
    }

    [Fact]
    public void Repeated_candidate_words_are_clipped_to_the_reference_count()
    {
        // candidate "kim kim kim" vs reference "kim putin": overlap 1, P = 1/3, R = 1/2, F = 0.4
        Assert.Equal(0.4, Rouge.NGramF1(["kim", "kim", "kim"], ["kim", "putin"], 1), 10);
    }

    [Fact]
    public void Longest_common_subsequence_skips_gaps()
    {
        // LCS of "a b c d e" and "a x c y e" is "a c e" = 3; P = R = 3/5, F = 0.6
        string[] a = ["a", "b", "c", "d", "e"];
        string[] b = ["a", "x", "c", "y", "e"];

        Assert.Equal(3, Rouge.Lcs(a, b));
        Assert.Equal(0.6, Rouge.LcsF1(a, b), 10);
    }

    [Fact]
    public void Stemming_conflates_german_inflections()
    {
        Assert.Equal(Rouge.Tokenize("Waffenlieferungen", stem: true), Rouge.Tokenize("Waffenlieferung", stem: true));
        Assert.NotEqual(Rouge.Tokenize("Waffenlieferungen"), Rouge.Tokenize("Waffenlieferung"));
    }
}
