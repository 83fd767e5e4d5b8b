using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

public sealed class DiscussionSnapshotTests
{
    private const ulong GuildA = 111;
    private const ulong GuildB = 222;

    private static Discussion Doc(string id) =>
        new(id, "Headline " + id, "Headline | Show", "Show", null, DocumentLanguage.German, [], [], []);

    private static SourcedDiscussion Shared(string id) => new(Doc(id), DiscussionScope.Shared, $"{id}.txt");

    private static SourcedDiscussion Of(ulong guild, string id) => new(Doc(id), DiscussionScope.Guild(guild), $"db:{guild}/{id}");

    private static readonly DiscussionSnapshot Snapshot = DiscussionSnapshot.Of([Shared("b"), Of(GuildA, "a-own"), Shared("d"), Of(GuildA, "c-own"), Of(GuildB, "b-own")]);

    [Fact]
    public void A_guild_scoped_discussion_is_invisible_to_another_guild_and_to_shared_lookups()
    {
        Assert.NotNull(Snapshot.Find("a-own", GuildA));
        Assert.Null(Snapshot.Find("a-own", GuildB));
        Assert.Null(Snapshot.Find("a-own", guildId: null));
        Assert.DoesNotContain(Snapshot.VisibleTo(GuildB), d => d.Id == "a-own");
        Assert.DoesNotContain(Snapshot.VisibleTo(null), d => d.Id == "a-own");
    }

    [Fact]
    public void A_guild_sees_the_shared_discussions_and_its_own_ordered_by_id()
    {
        Assert.Equal(["a-own", "b", "c-own", "d"], Snapshot.VisibleTo(GuildA).Select(d => d.Id));
        Assert.Equal(["b", "b-own", "d"], Snapshot.VisibleTo(GuildB).Select(d => d.Id));
        Assert.Equal("Headline d", Snapshot.Find("d", GuildA)?.Headline);
    }

    [Fact]
    public void Without_a_guild_and_in_a_guild_without_own_discussions_only_the_shared_ones_are_seen()
    {
        Assert.Equal(["b", "d"], Snapshot.VisibleTo(null).Select(d => d.Id));
        Assert.Equal(["b", "d"], Snapshot.VisibleTo(333).Select(d => d.Id));
        Assert.Equal(5, Snapshot.Count);
    }

    [Fact]
    public void A_guilds_list_is_the_same_instance_on_every_read_of_one_snapshot()
    {
        Assert.Same(Snapshot.VisibleTo(GuildA), Snapshot.VisibleTo(GuildA));
        Assert.Same(Snapshot.VisibleTo(null), Snapshot.VisibleTo(333));
    }

    [Fact]
    public void Two_guilds_may_each_have_a_discussion_with_the_same_id()
    {
        var snapshot = DiscussionSnapshot.Of([Of(GuildA, "x"), Of(GuildB, "x") with { Discussion = Doc("x") with { Headline = "B's" } }]);

        Assert.Equal("Headline x", snapshot.Find("x", GuildA)?.Headline);
        Assert.Equal("B's", snapshot.Find("x", GuildB)?.Headline);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_id_one_guild_would_see_twice_is_refused(bool sharedClash)
    {
        SourcedDiscussion[] clash = sharedClash ? [Shared("x"), Of(GuildA, "x")] : [Of(GuildA, "x"), Of(GuildA, "x")];

        Assert.Throws<ArgumentException>(() => DiscussionSnapshot.Of(clash));
    }

    [Fact]
    public void The_empty_snapshot_has_nothing_for_anyone()
    {
        Assert.Empty(DiscussionSnapshot.Empty.VisibleTo(GuildA));
        Assert.Null(DiscussionSnapshot.Empty.Find("x", GuildA));
        Assert.Empty(DiscussionSnapshot.Empty.Errors);
    }
}
