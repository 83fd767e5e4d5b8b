using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Tests.Wire;

public sealed class JsonStringLengthTests
{
    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"Europa\"")]
    [InlineData("\"Grüße aus Köln\"")]
    [InlineData("\"Klima 🌍 und 👩‍🔬\"")]
    [InlineData("\"zwei\\nZeilen\"")]
    [InlineData("\"\\u00e4\\u00f6 \\\"zitiert\\\" \\\\ \\/\"")]
    [InlineData("\"\\ud83c\\udf0d\"")]
    [InlineData("\"Gr\\u00fc\\u00dfe \\u2013 \\t\\r\\b\\f am Ende\\\\\"")]
    [InlineData("\"\\\"\"")]
    [InlineData("\"\\u00e4\"")]
    [InlineData("\"ä\\u00e4ä\\nä\"")]
    public void A_parsed_string_counts_the_utf16_code_units_of_its_text(string json)
    {
        var value = (JsonValue)JsonNode.Parse(json)!;

        Assert.True(JsonStringLength.TryGet(value, out var length));
        Assert.Equal(value.GetValue<string>().Length, length);
    }

    [Theory]
    [InlineData("Europa")]
    [InlineData("Grüße 🌍")]
    [InlineData("")]
    public void A_string_made_in_code_counts_its_length(string text)
    {
        Assert.True(JsonStringLength.TryGet(JsonValue.Create(text), out var length));
        Assert.Equal(text.Length, length);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("false")]
    public void A_value_that_is_no_string_has_no_length(string json)
    {
        Assert.False(JsonStringLength.TryGet((JsonValue)JsonNode.Parse(json)!, out _));
    }

    [Fact]
    public void A_number_made_in_code_has_no_length()
    {
        Assert.False(JsonStringLength.TryGet(JsonValue.Create(12), out _));
    }

    [Fact]
    public void A_string_inside_a_parsed_object_is_measured_as_the_object_holds_it()
    {
        var embed = JsonNode.Parse("{\"title\":\"Über \\\"uns\\\"\",\"description\":\"Ein Text – mit Gedankenstrich\"}")!.AsObject();

        Assert.True(JsonStringLength.TryGet(embed["title"]!.AsValue(), out var title));
        Assert.True(JsonStringLength.TryGet(embed["description"]!.AsValue(), out var description));
        Assert.Equal("Über \"uns\"".Length, title);
        Assert.Equal("Ein Text – mit Gedankenstrich".Length, description);
    }
}
