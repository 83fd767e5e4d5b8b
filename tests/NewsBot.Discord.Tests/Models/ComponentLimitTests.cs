using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Tests.Models;

/// <summary>Discord's component and modal limits, checked before anything is sent.</summary>
public sealed class ComponentLimitTests
{
    private static IReadOnlyList<LimitViolation> Message(params Component[] rows) =>
        DiscordRequestValidator.Validate(new MessageCreateRequest { Content = "x", AllowedMentions = AllowedMentions.None, Components = rows });

    private static Component Button(string customId, string label = "ok") => Component.Button(ButtonStyle.Primary, label, customId);

    private static IReadOnlyList<LimitViolation> Modal(string customId = "m", string title = "Titel", params Component[] rows) =>
        DiscordRequestValidator.Validate(new InteractionModal(customId, title, rows.Length == 0 ? [Component.ActionRow(Input())] : rows));

    private static Component Input(string customId = "t", string label = "Text") => Component.TextInput(customId, label);

    [Fact]
    public void Five_rows_of_five_buttons_at_every_length_limit_are_valid()
    {
        var rows = Enumerable.Range(0, 5)
            .Select(r => Component.ActionRow([.. Enumerable.Range(0, 5).Select(b => Button($"{r}{b}".PadRight(100, 'x'), new string('l', 80)))]))
            .ToArray();

        Assert.Empty(Message(rows));
        Assert.Empty(Message(Component.ActionRow(Component.LinkButton("Zum Stream", "https://www.zdf.de/live"), Button("save"))));
    }

    [Theory]
    [InlineData(0, "components[0].components[0].custom_id")]
    [InlineData(101, "components[0].components[0].custom_id")]
    public void A_custom_id_has_1_to_100_characters(int length, string path) =>
        Assert.Equal(path, Assert.Single(Message(Component.ActionRow(Button(new string('c', length))))).Path);

    [Fact]
    public void A_message_has_at_most_five_rows_and_a_row_one_to_five_buttons()
    {
        var sixRows = Enumerable.Range(0, 6).Select(r => Component.ActionRow(Button($"b{r}"))).ToArray();
        var sixButtons = Component.ActionRow([.. Enumerable.Range(0, 6).Select(b => Button($"b{b}"))]);

        Assert.Equal("components", Assert.Single(Message(sixRows)).Path);
        Assert.Equal("components[0].components", Assert.Single(Message(sixButtons)).Path);
        Assert.Equal("components[0].components", Assert.Single(Message(Component.ActionRow())).Path);
    }

    [Fact]
    public void A_label_has_at_most_80_characters() =>
        Assert.Equal("components[0].components[0].label", Assert.Single(Message(Component.ActionRow(Button("b", new string('l', 81))))).Path);

    [Fact]
    public void A_link_button_needs_a_url_and_no_custom_id_and_other_buttons_the_reverse()
    {
        var linkWithoutUrl = new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Link, Label = "Link" };
        var linkWithCustomId = Component.LinkButton("Link", "https://example.org") with { CustomId = "x" };
        var buttonWithUrl = Button("b") with { Url = "https://example.org" };
        var buttonWithoutCustomId = new Component { Type = ComponentType.Button, Style = (int)ButtonStyle.Success, Label = "Speichern" };
        var premium = new Component { Type = ComponentType.Button, Style = 6, CustomId = "p" };

        Assert.Equal("components[0].components[0].url", Assert.Single(Message(Component.ActionRow(linkWithoutUrl))).Path);
        Assert.Equal("components[0].components[0].custom_id", Assert.Single(Message(Component.ActionRow(linkWithCustomId))).Path);
        Assert.Equal("components[0].components[0].url", Assert.Single(Message(Component.ActionRow(buttonWithUrl))).Path);
        Assert.Equal("components[0].components[0].custom_id", Assert.Single(Message(Component.ActionRow(buttonWithoutCustomId))).Path);
        Assert.Equal("components[0].components[0].style", Assert.Single(Message(Component.ActionRow(premium))).Path);
    }

    [Fact]
    public void Custom_ids_are_unique_in_a_message_across_rows()
    {
        var violation = Assert.Single(Message(Component.ActionRow(Button("save")), Component.ActionRow(Button("cancel"), Button("save"))));

        Assert.Equal("components[1].components[1].custom_id", violation.Path);
        Assert.Contains("twice", violation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_buttons_go_into_a_message_row_and_only_rows_at_the_top()
    {
        Assert.Equal("components[0].components[0].type", Assert.Single(Message(Component.ActionRow(Input()))).Path);
        Assert.Equal("components[0]", Assert.Single(Message(Button("b"))).Path);
    }

    [Fact]
    public void Replies_follow_ups_and_edits_are_checked_like_messages()
    {
        var tooMany = Component.ActionRow([.. Enumerable.Range(0, 6).Select(b => Button($"b{b}"))]);

        Assert.NotEmpty(DiscordRequestValidator.Validate(InteractionResponse.UpdateMessage(new InteractionMessage { AllowedMentions = AllowedMentions.None, Components = [tooMany] })));
        Assert.NotEmpty(DiscordRequestValidator.Validate(new InteractionMessage { AllowedMentions = AllowedMentions.None, Components = [tooMany] }));
    }

    [Fact]
    public void A_modal_at_every_limit_is_valid()
    {
        var rows = Enumerable.Range(0, 5).Select(r => Component.ActionRow(Component.TextInput(
            $"{r}".PadRight(100, 'i'), new string('l', 45), TextInputStyle.Paragraph, required: false, minLength: 0, maxLength: 4000,
            value: new string('v', 4000), placeholder: new string('p', 100)))).ToArray();

        Assert.Empty(Modal(new string('m', 100), new string('t', 45), rows));
    }

    [Theory]
    [InlineData("custom_id", "data.custom_id")]
    [InlineData("title", "data.title")]
    [InlineData("empty title", "data.title")]
    [InlineData("no rows", "data.components")]
    [InlineData("six rows", "data.components")]
    [InlineData("two inputs in a row", "data.components[0]")]
    [InlineData("a button in a modal", "data.components[0].components[0].type")]
    [InlineData("input custom_id", "data.components[0].components[0].custom_id")]
    [InlineData("input label", "data.components[0].components[0].label")]
    [InlineData("input style", "data.components[0].components[0].style")]
    [InlineData("min_length", "data.components[0].components[0].min_length")]
    [InlineData("max_length", "data.components[0].components[0].max_length")]
    [InlineData("max_length 0", "data.components[0].components[0].max_length")]
    [InlineData("min over max", "data.components[0].components[0].min_length")]
    [InlineData("value", "data.components[0].components[0].value")]
    [InlineData("placeholder", "data.components[0].components[0].placeholder")]
    [InlineData("duplicate", "data.components[1].components[0].custom_id")]
    public void Each_modal_limit_is_enforced(string broken, string path)
    {
        var input = Input();
        var violations = broken switch
        {
            "custom_id" => Modal(customId: new string('m', 101)),
            "title" => Modal(title: new string('t', 46)),
            "empty title" => Modal(title: ""),
            "no rows" => DiscordRequestValidator.Validate(new InteractionModal("m", "t", [])),
            "six rows" => Modal("m", "t", [.. Enumerable.Range(0, 6).Select(r => Component.ActionRow(Input($"i{r}")))]),
            "two inputs in a row" => Modal("m", "t", Component.ActionRow(Input("a"), Input("b"))),
            "a button in a modal" => Modal("m", "t", Component.ActionRow(Button("b"))),
            "input custom_id" => Modal("m", "t", Component.ActionRow(Input(new string('c', 101)))),
            "input label" => Modal("m", "t", Component.ActionRow(Input("t", new string('l', 46)))),
            "input style" => Modal("m", "t", Component.ActionRow(input with { Style = 3 })),
            "min_length" => Modal("m", "t", Component.ActionRow(input with { MinLength = 4001 })),
            "max_length" => Modal("m", "t", Component.ActionRow(input with { MaxLength = 4001 })),
            "max_length 0" => Modal("m", "t", Component.ActionRow(input with { MaxLength = 0 })),
            "min over max" => Modal("m", "t", Component.ActionRow(input with { MinLength = 10, MaxLength = 5 })),
            "value" => Modal("m", "t", Component.ActionRow(input with { Value = new string('v', 4001) })),
            "placeholder" => Modal("m", "t", Component.ActionRow(input with { Placeholder = new string('p', 101) })),
            _ => Modal("m", "t", Component.ActionRow(Input("same")), Component.ActionRow(Input("same"))),
        };

        Assert.Equal(path, Assert.Single(violations).Path);
    }

    [Fact]
    public void A_modal_response_is_checked_as_a_modal()
    {
        var response = InteractionResponse.Modal(new InteractionModal("m", new string('t', 46), [Component.ActionRow(Input())]));

        Assert.Equal("data.title", Assert.Single(DiscordRequestValidator.Validate(response)).Path);
    }
}
