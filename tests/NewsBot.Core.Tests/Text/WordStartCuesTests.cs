using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class WordStartCuesTests
{
    private static readonly WordStartCues Cues = new(
        ["on demand", "tickets for"],   // bit 1
        ["published", "on demand"],     // bit 2: a cue may belong to two families
        ["pub"]);                       // bit 4: a cue that is the start of another family's cue

    [Theory]
    [InlineData("", 0)]
    [InlineData("nothing to see here", 0)]
    [InlineData("the talk is on demand afterwards", 1 | 2)]
    [InlineData("tickets for the evening", 1)]
    [InlineData("the report was published", 2 | 4)]
    [InlineData("meet us at the pub", 4)]
    [InlineData("republished and unpublished", 0)]                 // only at a word start
    [InlineData("unpublished, then published; tickets for all", 1 | 2 | 4)] // a later word start still counts
    [InlineData("(published) later", 2 | 4)]
    [InlineData("p", 0)]
    [InlineData("pu", 0)]
    [InlineData("pub", 4)]
    public void Finds_every_family_with_a_cue_at_a_word_start_in_one_scan(string lower, int expected)
    {
        Assert.Equal(expected, Cues.Find(lower));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("meet us at the pub", true)]
    [InlineData("meet us at the pub.", true)]                          // ends at a non-letter
    [InlineData("the pubs are full", false)]                           // the cue goes on as a longer word
    [InlineData("it was unpublished", false)]                          // not at a word start
    [InlineData("published, then unpublished", true)]
    [InlineData("the stream is on demand", true)]                      // a cue of several words
    [InlineData("tickets formerly sold", false)]
    public void Whole_words_start_at_a_word_start_and_end_at_a_non_letter(string lower, bool expected)
    {
        Assert.Equal(expected, Cues.HasWholeWords(lower));
    }

    [Fact]
    public void Refuses_more_families_than_bits()
    {
        Assert.Throws<ArgumentException>(() => new WordStartCues([.. Enumerable.Repeat(new[] { "xy" }, 32)]));
    }

    [Fact]
    public void Refuses_a_cue_shorter_than_two_characters()
    {
        Assert.Throws<ArgumentException>(() => new WordStartCues(["a"]));
    }
}
