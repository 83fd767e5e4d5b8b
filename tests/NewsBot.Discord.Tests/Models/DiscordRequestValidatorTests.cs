using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Tests.Models;

public sealed class DiscordRequestValidatorTests
{
    private static MessageCreateRequest WithEmbed(Embed embed) => new() { Embeds = [embed], AllowedMentions = AllowedMentions.None };

    private static string Only(IReadOnlyList<LimitViolation> violations) => Assert.Single(violations).Path;

    [Fact]
    public void A_message_at_every_limit_is_valid()
    {
        var embed = new Embed
        {
            Title = new string('t', 256),
            Description = new string('d', 4096 - 1000),
            Footer = new EmbedFooter(new string('f', 400)),
            Author = new EmbedAuthor(new string('a', 256)),
            Fields = [.. Enumerable.Range(0, 1).Select(_ => new EmbedField(new string('n', 20), new string('v', 1024)))],
        };
        var request = WithEmbed(embed) with { Content = new string('c', 2000) };

        Assert.Empty(DiscordRequestValidator.Validate(request));
    }

    [Theory]
    [InlineData("title", 257)]
    [InlineData("description", 4097)]
    [InlineData("footer", 2049)]
    [InlineData("author", 257)]
    public void Each_embed_text_limit_is_enforced(string part, int length)
    {
        var text = new string('x', length);
        var embed = part switch
        {
            "title" => new Embed { Title = text },
            "description" => new Embed { Description = text },
            "footer" => new Embed { Footer = new EmbedFooter(text) },
            _ => new Embed { Author = new EmbedAuthor(text) },
        };

        var violations = DiscordRequestValidator.Validate(WithEmbed(embed));

        Assert.Contains(violations, v => v.Path.StartsWith("embeds[0].", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_over_2000_characters_is_refused()
    {
        Assert.Equal("content", Only(DiscordRequestValidator.Validate(new MessageCreateRequest { Content = new string('x', 2001), AllowedMentions = AllowedMentions.None })));
    }

    [Fact]
    public void More_than_ten_embeds_or_25_fields_are_refused()
    {
        var eleven = new MessageCreateRequest { Embeds = [.. Enumerable.Range(0, 11).Select(_ => new Embed { Title = "x" })], AllowedMentions = AllowedMentions.None };
        var fields = WithEmbed(new Embed { Fields = [.. Enumerable.Range(0, 26).Select(i => new EmbedField($"n{i}", "v"))] });

        Assert.Equal("embeds", Only(DiscordRequestValidator.Validate(eleven)));
        Assert.Equal("embeds[0].fields", Only(DiscordRequestValidator.Validate(fields)));
    }

    [Fact]
    public void Field_names_and_values_have_their_own_limits()
    {
        var violations = DiscordRequestValidator.Validate(WithEmbed(new Embed { Fields = [new EmbedField(new string('n', 257), new string('v', 1025))] }));

        Assert.Equal(["embeds[0].fields[0].name", "embeds[0].fields[0].value"], violations.Select(v => v.Path));
    }

    [Fact]
    public void All_embeds_together_may_not_exceed_6000_characters()
    {
        var request = new MessageCreateRequest
        {
            Embeds = [new Embed { Description = new string('a', 4000) }, new Embed { Description = new string('b', 2001) }],
            AllowedMentions = AllowedMentions.None,
        };

        Assert.Equal("embeds", Only(DiscordRequestValidator.Validate(request)));
    }

    [Fact]
    public void Buttons_are_checked_for_label_custom_id_and_row_size()
    {
        var request = new MessageCreateRequest
        {
            Content = "x",
            AllowedMentions = AllowedMentions.None,
            Components =
            [
                Component.ActionRow([.. Enumerable.Range(0, 6).Select(i => Component.Button(ButtonStyle.Primary, $"b{i}", $"id{i}"))]),
                Component.ActionRow(Component.Button(ButtonStyle.Primary, new string('l', 81), new string('c', 101))),
            ],
        };

        var paths = DiscordRequestValidator.Validate(request).Select(v => v.Path).ToArray();

        Assert.Equal(["components[0].components", "components[1].components[0].label", "components[1].components[0].custom_id"], paths);
    }

    [Theory]
    [InlineData("summary", true)]
    [InlineData("zusammenfassung_2", true)]
    [InlineData("fragen-liste", true)]
    [InlineData("Summary", false)]
    [InlineData("two words", false)]
    [InlineData("", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefg", false)]
    public void Command_names_follow_discords_pattern(string name, bool valid)
    {
        var violations = DiscordRequestValidator.Validate([new ApplicationCommandRequest { Name = name, Description = "d" }]);

        Assert.Equal(valid, violations.Count == 0);
    }

    [Fact]
    public void Command_descriptions_options_and_choices_are_bounded()
    {
        var command = new ApplicationCommandRequest
        {
            Name = "c",
            Description = new string('d', 101),
            Options =
            [
                .. Enumerable.Range(0, 26).Select(i => new ApplicationCommandOption
                {
                    Type = ApplicationCommandOptionType.String, Name = $"o{i}", Description = "d",
                    Choices = i == 0 ? [.. Enumerable.Range(0, 26).Select(c => ApplicationCommandOptionChoice.ForString($"c{c}", $"{c}"))] : null,
                }),
            ],
        };

        var paths = DiscordRequestValidator.Validate([command]).Select(v => v.Path).ToArray();

        Assert.Contains("[0].description", paths);
        Assert.Contains("[0].options", paths);
        Assert.Contains("[0].options[0].choices", paths);
    }

    [Fact]
    public void An_empty_description_and_a_required_option_after_an_optional_one_are_refused()
    {
        var command = new ApplicationCommandRequest
        {
            Name = "c",
            Description = "",
            Options =
            [
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "a", Description = "d" },
                new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "b", Description = "d", Required = true },
            ],
        };

        Assert.Equal(["[0].description", "[0].options[1]"], DiscordRequestValidator.Validate([command]).Select(v => v.Path));
    }

    [Fact]
    public void Scheduled_events_need_a_name_location_and_end_within_limits()
    {
        var start = new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero);
        var request = new GuildScheduledEventCreateRequest
        {
            Name = new string('n', 101),
            Description = new string('d', 1001),
            ScheduledStartTime = start,
            EntityMetadata = new GuildScheduledEventEntityMetadata(""),
        };

        var paths = DiscordRequestValidator.Validate(request).Select(v => v.Path).ToArray();

        Assert.Equal(["name", "description", "entity_metadata.location", "scheduled_end_time"], paths);
        Assert.Equal("name", Only(DiscordRequestValidator.Validate(new GuildScheduledEventModifyRequest { Name = "" })));
    }
}
