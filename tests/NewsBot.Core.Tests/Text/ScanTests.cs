using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public class ScanTests
{
    [Theory]
    [InlineData("a b", 1, true)]
    [InlineData("ab", 1, false)]
    [InlineData("a_b", 1, false)]
    [InlineData("a\u0301b", 1, false)]
    [InlineData("a\u200Db", 2, false)]
    [InlineData("a\u0903", 1, true)]
    [InlineData("7x", 1, false)]
    [InlineData("", 0, false)]
    [InlineData("a", 0, true)]
    [InlineData("a", 1, true)]
    [InlineData(".", 1, false)]
    public void IsBoundaryAgreesWithTheRegularExpressionWordBoundary(string text, int at, bool expected)
    {
        Assert.Equal(expected, Scan.IsBoundary(text, at));
        Assert.Equal(expected, new System.Text.RegularExpressions.Regex(@"\b").Match(text, at) is { Success: true } match && match.Index == at);
    }

    [Theory]
    [InlineData("zu  Gast", 0, "zu gast", true, 8)]
    [InlineData("zu Gast", 0, "zu Gast", false, 7)]
    [InlineData("zu Gast", 0, "zu gast", false, -1)]
    [InlineData("zuGast", 0, "zu gast", true, -1)]
    [InlineData("x zu\u00A0gast", 2, "zu gast", false, 9)]
    [InlineData("zu", 0, "zu gast", false, -1)]
    public void AfterPhraseReadsEachSpaceAsOneOrMoreWhiteSpaceCharacters(string text, int at, string phrase, bool ignoreCase, int expected) =>
        Assert.Equal(expected, Scan.AfterPhrase(text, at, phrase, ignoreCase));

    [Theory]
    [InlineData("Anna-Lena Kolb", 0, 1, 9)]
    [InlineData("anna", 0, 0, -1)]
    [InlineData("A", 0, 1, -1)]
    [InlineData("A", 0, 0, 1)]
    [InlineData("Ölz", 0, 2, 3)]
    public void AfterCapitalisedReadsAnUpperCaseLetterAndTheRestOfItsWord(string text, int at, int minRest, int expected) =>
        Assert.Equal(expected, Scan.AfterCapitalised(text, at, c => char.IsLetter(c) || c == '-', minRest));

    [Theory]
    [InlineData("abcdef", 0, 2, 4, 4)]
    [InlineData("ab1", 0, 3, 9, -1)]
    [InlineData("ab1", 0, 2, 9, 2)]
    [InlineData("ab", -1, 0, 9, -1)]
    public void AfterRunIsBoundedBelowAndAbove(string text, int at, int min, int max, int expected) =>
        Assert.Equal(expected, Scan.AfterRun(text, at, char.IsLetter, min, max));

    [Theory]
    [InlineData("a  \t", 1, true)]
    [InlineData("a  b", 1, false)]
    [InlineData("a", 1, true)]
    public void OnlySpacesLeftIsTheEndAfterWhiteSpace(string text, int at, bool expected) =>
        Assert.Equal(expected, Scan.OnlySpacesLeft(text, at));

    [Fact]
    public void AfterSpacesNeedsAtLeastOne()
    {
        Assert.Equal(-1, Scan.AfterSpaces("ab", 1));
        Assert.Equal(3, Scan.AfterSpaces("a \nb", 1));
        Assert.Equal(1, Scan.SkipSpaces("ab", 1));
    }

    [Theory]
    [InlineData("ab", 2, true)]
    [InlineData("ab\n", 2, true)]
    [InlineData("ab\n", 3, true)]
    [InlineData("a\nb", 1, false)]
    [InlineData("ab\n\n", 2, false)]
    [InlineData("ab", 1, false)]
    public void IsEndIsTheEndOrBeforeAFinalLineBreak(string text, int at, bool expected)
    {
        Assert.Equal(expected, Scan.IsEnd(text, at));
        Assert.Equal(expected, new System.Text.RegularExpressions.Regex("$").Match(text, at) is { Success: true } match && match.Index == at);
    }

    [Theory]
    [InlineData("Ab  will go", 3, "Ab ")]
    [InlineData("Abc will go", 3, "Abc")]
    [InlineData("Abc, will go", 3, "Abc")]
    [InlineData("Ab, will go", 3, "Ab,")]
    [InlineData("A will X will go", 1, "A will X")]
    [InlineData("Abc will Go", 3, null)]
    [InlineData("Abc?  will go", 3, null)]
    public void ShortestRunBeforeSpacesIsTheLazyRunBeforeItsTail(string text, int min, string? expected)
    {
        var (end, _) = Scan.ShortestRunBeforeSpaces(text, 0, Scan.IsUnmarked, min, 10, WillThenLower, optionalComma: true);
        Assert.Equal(expected, end < 0 ? null : text[..end]);
        var match = new System.Text.RegularExpressions.Regex(@"^(?<run>[^?!]{" + min + @",10}?),?\s+will\s+\p{Ll}").Match(text);
        Assert.Equal(match.Success ? match.Groups["run"].Value : null, expected);

        static int WillThenLower(ReadOnlySpan<char> text, int at) =>
            Scan.AfterPhrase(text, at, "will ") is var end and >= 0 && end < text.Length && char.IsLower(text[end]) ? end + 1 : -1;
    }

    [Fact]
    public void ShortestRunBeforeSpacesReadsEachStretchOfSpacesOnce()
    {
        var calls = 0;
        var text = "A" + new string(' ', 100_000) + "x";
        Assert.Equal((-1, -1), Scan.ShortestRunBeforeSpaces(text, 0, Scan.IsUnmarked, 1, int.MaxValue, (_, _) => { calls++; return -1; }));
        Assert.Equal(1, calls);
    }

    [Theory]
    [InlineData("x  rest", 1, 3, 7)]
    [InlineData("x rest? more", 1, 2, 6)]
    [InlineData("x  ", 1, 2, 3)]
    [InlineData("x ", 1, -1, -1)]
    [InlineData("x  ?", 1, 2, 3)]
    [InlineData("xrest", 1, -1, -1)]
    public void SpacesThenUnmarkedGivesTheLastSpaceBackWhenNothingElseFollows(string text, int at, int start, int end)
    {
        Assert.Equal((start, end), Scan.SpacesThenUnmarked(text, at));
        var match = new System.Text.RegularExpressions.Regex(@"\s+(?<run>[^?!]+)").Match(text, at);
        Assert.Equal(match.Success && match.Index == at ? (match.Groups["run"].Index, match.Groups["run"].Index + match.Groups["run"].Length) : (-1, -1), (start, end));
    }

    [Theory]
    [InlineData("x rest", 2)]
    [InlineData("x rest?", -1)]
    [InlineData("x  ", 2)]
    [InlineData("x rest\n", 2)]
    public void RestToEndNeedsTheRestToReachTheEnd(string text, int expected) =>
        Assert.Equal(expected, Scan.RestToEnd(text, 1));

    [Fact]
    public void AfterSpacesThenReadsSpacesAndAPhraseAndKeepsMinusOne()
    {
        var set = new PhraseSet(false, "is", "isle");
        Assert.Equal(5, Scan.AfterSpacesThen("x  isle", 1, set));
        Assert.Equal(7, Scan.AfterSpacesThen("x  isle", 1, set, whole: true));
        Assert.Equal(-1, Scan.AfterSpacesThen("xisle", 1, set));
        Assert.Equal(-1, Scan.AfterSpacesThen("x is", -1, set));
    }

    [Theory]
    [InlineData("ab cd", 0, 2, 5, 5)]
    [InlineData("ab cd", 0, 2, 4, -1)]
    [InlineData("ab cd\n", 0, 2, 5, 5)]
    [InlineData("ab\ncd", 0, 2, 9, -1)]
    [InlineData("ab cd\n\n", 0, 2, 9, -1)]
    [InlineData("ab", 1, 2, 9, -1)]
    [InlineData("ab", 2, 0, 9, 2)]
    [InlineData("ab\n", 3, 0, 9, 3)]
    [InlineData("ab\n", 3, 1, 9, -1)]
    [InlineData("ab", -1, 0, 9, -1)]
    public void AfterRestOfLineEndsWhereTheDollarSignDoes(string text, int at, int min, int max, int expected)
    {
        Assert.Equal(expected, Scan.AfterRestOfLine(text, at, min, max));
        if (at >= 0)
            Assert.Equal(expected, new System.Text.RegularExpressions.Regex($@"\G.{{{min},{max}}}$").Match(text, at) is { Success: true } match ? match.Index + match.Length : -1);
    }

    [Theory]
    [InlineData("a  b", 1, 3)]
    [InlineData("ab", 1, -1)]
    [InlineData("a b", -1, -1)]
    public void AfterSpacesPassesAFailedReadOn(string text, int at, int expected) =>
        Assert.Equal(expected, Scan.AfterSpaces(text, at));

    [Theory]
    [InlineData("Anna  Maria Kolb-Uhl ist", 0, 3, "4,11,20")]
    [InlineData("Anna Maria Kolb Uhl Ulm", 0, 3, "4,10,15")]
    [InlineData("Anna maria", 0, 3, "4")]
    [InlineData("A Maria", 0, 3, "")]
    [InlineData("x Anna", 2, 3, "6")]
    [InlineData("Anna B", 0, 3, "4")]
    public void CapitalisedWordsGivesTheEndOfEachWordUpToTheMost(string text, int at, int most, string ends)
    {
        Span<int> read = stackalloc int[most];
        var count = Scan.CapitalisedWords(text, at, c => char.IsLetter(c) || c == '-', read);
        Assert.Equal(ends, string.Join(",", read[..count].ToArray()));
    }
}
