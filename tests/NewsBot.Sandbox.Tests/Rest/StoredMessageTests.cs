using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class StoredMessageTests
{
    private const string Made = """{"id":"17","content":"Grüße","embeds":[{"title":"Europa","type":"rich"}],"flags":0}""";

    private static StoredMessage Message() => new("17", Encoding.UTF8.GetBytes(Made));

    private static string Written(StoredMessage message)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            message.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void An_untouched_message_is_written_as_it_was_made_without_a_copy()
    {
        var message = Message();

        Assert.Equal(Made, Encoding.UTF8.GetString(message.ToUtf8()));
        Assert.Same(message.ToUtf8(), message.ToUtf8());
        Assert.Equal(Made, Written(message));
    }

    [Fact]
    public void A_message_changed_through_its_fields_is_written_as_changed()
    {
        var message = Message();

        message.Node["content"] = "geändert";
        message.Node["embeds"]![0]!["title"] = "Welt";

        var written = JsonNode.Parse(message.ToUtf8())!;
        Assert.Equal("geändert", written["content"]!.GetValue<string>());
        Assert.Equal("Welt", written["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("geändert", JsonNode.Parse(Written(message))!["content"]!.GetValue<string>());
        Assert.Equal("17", message.Id);
    }

    [Fact]
    public void Reading_a_field_changes_nothing_in_what_is_written()
    {
        var message = Message();

        Assert.Equal("Grüße", message.Node["content"]!.GetValue<string>());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Made), JsonNode.Parse(message.ToUtf8())));
    }

    [Fact]
    public void A_copy_is_the_message_now_and_changing_it_changes_nothing_kept()
    {
        var untouched = Message();
        var changed = Message();
        changed.Node["content"] = "neu";

        var first = untouched.Copy();
        var second = changed.Copy();
        first["content"] = "kopiert";
        second["content"] = "kopiert";

        Assert.Equal("neu", JsonNode.Parse(changed.ToUtf8())!["content"]!.GetValue<string>());
        Assert.Equal(Made, Encoding.UTF8.GetString(untouched.ToUtf8()));
        Assert.Equal("Grüße", untouched.Copy()["content"]!.GetValue<string>());
    }
}
