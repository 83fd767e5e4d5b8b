using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Benchmarks;

/// <summary>The per-interaction JSON work of the Discord client: read the gateway frame, write the reply.</summary>
[MemoryDiagnoser]
public class DiscordJsonBenchmarks
{
    private readonly byte[] _interactionFrame = Encoding.UTF8.GetBytes("""
        {"op":0,"s":42,"t":"INTERACTION_CREATE","d":{"id":"1200","application_id":"555","type":2,"token":"aW50ZXJhY3Rpb24","version":1,
         "guild_id":"100","channel_id":"300","locale":"de","guild_locale":"de","app_permissions":"2248473465835073",
         "member":{"user":{"id":"42","username":"anna"},"roles":["201"],"permissions":"2248473465835073"},
         "data":{"id":"800","name":"summary","type":1,"options":[{"name":"length","type":3,"value":"short"}]}}}
        """);

    private readonly InteractionResponse _reply = InteractionResponse.Message(new InteractionMessage
    {
        AllowedMentions = AllowedMentions.None,
        Embeds =
        [
            new Embed
            {
                Title = "Wie sicher ist Europa?",
                Description = new string('x', 900),
                Fields = [new EmbedField("Dr. Anna Beispiel", "Politologin"), new EmbedField("Ben Muster", "Korrespondent")],
                Footer = new EmbedFooter("ZDFheute live"),
            },
        ],
    });

    /// <summary>What the bot does per interaction: the envelope, then the hand-written interaction reader.</summary>
    [Benchmark]
    public Interaction ReadInteractionFrame()
    {
        var payload = NewsBot.Discord.Gateway.GatewayEnvelope.Read(_interactionFrame);
        return InteractionJsonReader.Read(payload.Data.Span);
    }

    /// <summary>The same through the generated metadata serializer, which the bot used before (for comparison).</summary>
    [Benchmark(Baseline = true)]
    public Interaction? ReadInteractionFrameGenerated()
    {
        var payload = NewsBot.Discord.Gateway.GatewayEnvelope.Read(_interactionFrame);
        return JsonSerializer.Deserialize(payload.Data.Span, DiscordJsonContext.Default.Interaction);
    }

    [Benchmark]
    public byte[] WriteEmbedReply() => JsonSerializer.SerializeToUtf8Bytes(_reply, DiscordJsonContext.Default.InteractionResponse);
}
