using NewsBot.Interactions;

namespace NewsBot.Tests.Interactions;

public sealed class CustomIdTests
{
    [Theory]
    [InlineData("questions:010_europa", "questions", "010_europa")]
    [InlineData("questions:", "questions", "")]
    [InlineData("questions", "questions", "")]
    [InlineData("save:a:b:c", "save", "a:b:c")]
    [InlineData(":payload", "", "payload")]
    [InlineData("", "", "")]
    [InlineData("über:ä", "über", "ä")]
    public void Splits_at_the_first_colon_into_prefix_and_payload(string customId, string prefix, string payload) =>
        Assert.Equal((prefix, payload), CustomId.Split(customId));

    [Fact]
    public void Splits_a_hostile_id_of_a_megabyte_without_trouble()
    {
        var hostile = new string(':', 1) + new string('x', 1_000_000);
        var (prefix, payload) = CustomId.Split("a" + hostile);
        Assert.Equal("a", prefix);
        Assert.Equal(1_000_000, payload.Length);

        Assert.Equal(1_000_001, CustomId.Split(new string('y', 1_000_001)).Prefix.Length);
    }

    [Fact]
    public void Composes_prefix_and_payload_up_to_Discords_100_characters()
    {
        Assert.Equal("questions:010_europa", CustomId.Compose("questions", "010_europa"));
        Assert.Equal(100, CustomId.Compose("p", new string('x', 98)).Length);
        Assert.Throws<ArgumentException>(() => CustomId.Compose("p", new string('x', 99)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:b")]
    public void Refuses_a_prefix_that_would_not_split_back(string prefix) =>
        Assert.ThrowsAny<ArgumentException>(() => CustomId.Compose(prefix, "x"));

    [Fact]
    public void TryCompose_gives_null_instead_of_a_custom_id_Discord_would_refuse()
    {
        Assert.Equal("p:" + new string('x', 98), CustomId.TryCompose("p", new string('x', 98)));
        Assert.Null(CustomId.TryCompose("p", new string('x', 99)));
    }
}
