using System.Text;
using System.Text.Json;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayEnvelopeTests
{
    private static GatewayEnvelope Read(string json) => GatewayEnvelope.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_op_sequence_name_and_the_raw_data_in_any_field_order_past_unknown_fields()
    {
        var envelope = Read("""{"t":"INTERACTION_CREATE","future":{"a":[1,2]},"d":{"id":"7","nested":{"x":"}"}},"s":42,"op":0}""");

        Assert.Equal(0, envelope.Op);
        Assert.Equal(42, envelope.Sequence);
        Assert.Equal("INTERACTION_CREATE", envelope.EventName);
        Assert.Equal("""{"id":"7","nested":{"x":"}"}}""", Encoding.UTF8.GetString(envelope.Data.Span));
    }

    [Fact]
    public void A_frame_without_sequence_or_name_has_none_and_a_null_data_counts_as_absent()
    {
        var envelope = Read("""{"op":11,"d":null,"s":null,"t":null}""");

        Assert.Equal(11, envelope.Op);
        Assert.Null(envelope.Sequence);
        Assert.Null(envelope.EventName);
        Assert.False(envelope.HasData);
    }

    [Theory]
    [InlineData("""{"op":9,"d":true}""", true)]
    [InlineData("""{"op":9,"d":false}""", false)]
    public void Invalid_session_data_says_whether_the_session_is_resumable(string json, bool resumable) =>
        Assert.Equal(resumable, Read(json).DataIsTrue);

    [Fact]
    public void An_event_name_the_client_does_not_know_still_comes_through()
    {
        Assert.Equal("SOMETHING_NEW", Read("""{"op":0,"s":1,"t":"SOMETHING_NEW","d":{}}""").EventName);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"d":{}}""")]
    [InlineData("""{"op":0,"d":{""")]
    public void A_frame_that_is_not_a_gateway_payload_is_refused(string json) =>
        Assert.ThrowsAny<JsonException>(() => Read(json));

    [Fact]
    public void A_dispatch_from_received_bytes_parses_its_data_on_first_use()
    {
        var dispatch = new GatewayDispatch("READY", Encoding.UTF8.GetBytes("""{"application":{"id":"555"}}"""), 0, null);

        Assert.Equal("555", dispatch.Data.GetProperty("application").GetProperty("id").GetString());
    }
}
