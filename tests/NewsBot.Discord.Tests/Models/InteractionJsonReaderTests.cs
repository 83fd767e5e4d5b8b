using System.Text;
using System.Text.Json;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Tests.Models;

/// <summary>The hand-written interaction reader gives what the generated serializer gives, and refuses what it refuses.</summary>
public sealed class InteractionJsonReaderTests
{
    public static TheoryData<string> Interactions() =>
    [
        GatewayPayloadDeserializationTests.InteractionCreate,
        ComponentPayloadTests.ButtonPress,
        ComponentPayloadTests.ModalSubmit,
        ComponentPayloadTests.AttachmentCommand,
        // A DM: the invoker as user, no member, no guild.
        """{"id":"1","application_id":"2","type":2,"token":"t","version":1,"channel_id":"3","context":1,"user":{"id":"4","username":"ben","discriminator":"0","avatar":null,"bot":false},"data":{"id":"5","name":"help","type":1}}""",
        // Autocomplete with a focused option and a number option.
        """{"id":"1","application_id":"2","type":4,"token":"t","version":1,"guild_id":"9","member":{"user":{"id":"4","username":"ben"},"roles":["7","8"],"permissions":"0"},"data":{"id":"5","name":"summary","type":1,"options":[{"name":"discussion","type":3,"value":"Eur","focused":true},{"name":"n","type":10,"value":2.5}]}}""",
        // Numbers as numbers where Discord sends strings, and numbers in strings where the context allows it.
        """{"id":1,"application_id":2,"type":2,"token":"t","version":"1","context":"0","app_permissions":1024,"member":{"user":{"id":4,"username":"ben"},"roles":[7],"permissions":32},"data":{"id":5,"name":"x","type":1,"guild_id":9}}""",
        // Escaped strings, nulls, unknown fields at every level, a select menu's values.
        """{"id":"1\u0032","application_id":"2","type":3,"token":"a\"b\u00e4","version":1,"locale":null,"guild_locale":"en-GB","message":null,"member":{"user":{"id":"4","username":"b\u00e9n","global_name":null,"new":{"x":[1,{"y":2}]}},"nick":"B","roles":[],"joined_at":null,"permissions":null,"avatar_decoration_data":null},"data":{"custom_id":"pick","component_type":3,"values":["a","b\n"],"resolved":null,"future":[[]]},"entitlements":[{"id":"1"}],"attachment_size_limit":8388608}""",
        // A PING: nothing but the type.
        """{"id":"1","application_id":"2","type":1,"token":"t","version":1}""",
        // Properties in another order, the member after the data; a nested option three levels deep.
        """{"data":{"options":[{"options":[{"options":[{"value":"deep","type":3,"name":"c"}],"type":1,"name":"b"}],"type":2,"name":"a"}],"name":"config","id":"5"},"member":{"roles":[],"user":{"username":"z","id":"4"}},"version":1,"token":"t","type":2,"application_id":"2","id":"1"}""",
    ];

    [Theory]
    [MemberData(nameof(Interactions))]
    public void Reads_the_same_interaction_as_the_generated_serializer(string json)
    {
        var expected = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

        var read = InteractionJsonReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            JsonSerializer.Serialize(expected, DiscordJsonContext.Default.Interaction),
            JsonSerializer.Serialize(read, DiscordJsonContext.Default.Interaction));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"id":"1","type":2""")]
    [InlineData("""{"id":true,"type":2}""")]
    [InlineData("""{"id":"x1","type":2}""")]
    [InlineData("""{"id":"1","type":"two"}""")]
    [InlineData("""{"id":"1","type":"2"}""")]
    [InlineData("""{"id":"1","version":"one"}""")]
    [InlineData("""{"id":"1","type":2.5}""")]
    [InlineData("""{"id":"1","version":99999999999}""")]
    [InlineData("""{"id":"1","member":[]}""")]
    [InlineData("""{"id":"1","member":{"roles":"7"}}""")]
    [InlineData("""{"id":"1","data":{"options":{"name":"a"}}}""")]
    [InlineData("""{"id":"1","data":{"options":[{"name":"a","focused":"yes"}]}}""")]
    [InlineData("""{"id":"1","app_permissions":"-5"}""")]
    [InlineData("""{"id":"1","token":5}""")]
    [InlineData("""{"id":"1"} {"id":"2"}""")]
    [InlineData("""{"id":"1","member":{"joined_at":"gestern"}}""")]
    public void Refuses_what_the_generated_serializer_refuses(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction));
        Assert.ThrowsAny<JsonException>(() => InteractionJsonReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"id":"1","data":{"options":[null]}}""")]
    [InlineData("""{"id":"1","member":{"roles":[null]}}""")]
    [InlineData("""{"id":"1","data":{"values":[null]}}""")]
    [InlineData("""{"id":"1","data":{"components":[null]}}""")]
    public void Refuses_a_null_interaction_or_a_null_inside_an_array_instead_of_handing_on_a_null(string json)
    {
        Assert.ThrowsAny<JsonException>(() => InteractionJsonReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Reads_options_nested_as_deep_as_the_reader_allows_and_refuses_deeper_ones_with_a_json_error()
    {
        static string Nested(int depth) =>
            """{"id":"1","data":{"options":""" + string.Concat(Enumerable.Repeat("""[{"name":"a","type":1,"options":""", depth)) + "[]"
            + string.Concat(Enumerable.Repeat("}]", depth)) + "}}";

        var read = InteractionJsonReader.Read(Encoding.UTF8.GetBytes(Nested(20)));
        Assert.Equal("a", read.Data!.Options![0].Options![0].Name);
        Assert.ThrowsAny<JsonException>(() => InteractionJsonReader.Read(Encoding.UTF8.GetBytes(Nested(100))));
    }
}
