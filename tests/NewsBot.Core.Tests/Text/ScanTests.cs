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
    [InlineData("Anna-Lena Berg", 0, 1, 9)]
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

    // --- added by rx2

    [Theory]
    [InlineData("a  b", 1, 3)]
    [InlineData("ab", 1, -1)]
    [InlineData("a b", -1, -1)]
    public void ThenSpacesPassesAFailedReadOn(string text, int at, int expected) =>
        Assert.Equal(expected, Scan.ThenSpaces(text, at));

    [Theory]
    [InlineData("Anna  Maria Berg-Ott ist", 0, 3, "4,11,20")]
    [InlineData("Anna Maria Berg Ott Ulm", 0, 3, "4,10,15")]
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
