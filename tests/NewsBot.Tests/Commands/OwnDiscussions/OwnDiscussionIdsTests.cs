using NewsBot.Commands.OwnDiscussions;
using NewsBot.Core.Documents;

namespace NewsBot.Tests.Commands.OwnDiscussions;

public sealed class OwnDiscussionIdsTests
{
    [Theory]
    [InlineData("Maischberger", "maischberger")]
    [InlineData("01_Maischberger Gästeliste", "01-maischberger-gasteliste")]
    [InlineData("Straße  &  Schiene!", "strasse-schiene")]
    [InlineData("—…—", "fallback")]
    [InlineData("", "fallback")]
    public void A_slug_keeps_letters_and_digits_joined_by_dashes(string text, string expected) =>
        Assert.Equal(expected, OwnDiscussionIds.Slug(text, "fallback"));

    [Fact]
    public void A_slug_is_at_most_60_characters() =>
        Assert.Equal(60, OwnDiscussionIds.Slug(new string('a', 200), "x").Length);

    [Fact]
    public void A_free_id_skips_the_shared_ids_the_servers_own_and_what_it_stored()
    {
        var snapshot = DiscussionSnapshot.Of([
            new SourcedDiscussion(TestData.Europa with { Id = "europa" }, DiscussionScope.Shared, "europa.txt"),
            new SourcedDiscussion(TestData.Climate with { Id = "europa-2" }, DiscussionScope.Guild(1), "x"),
            new SourcedDiscussion(TestData.Security with { Id = "europa-3" }, DiscussionScope.Guild(2), "y"),
        ]);

        Assert.Equal("europa-4", OwnDiscussionIds.Free("europa", 1, snapshot, ["europa-3"]));
        Assert.Equal("europa-3", OwnDiscussionIds.Free("europa", 1, snapshot, []));
        Assert.Equal("europa-2", OwnDiscussionIds.Free("europa", 2, snapshot, ["europa-3"]));
        Assert.Equal("klima", OwnDiscussionIds.Free("klima", 1, snapshot, []));
    }
}
