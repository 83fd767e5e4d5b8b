using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NewsBot.DiscordAdapters;
using NewsBot.Tests.Commands;

namespace NewsBot.Tests.DiscordAdapters;

/// <summary>
/// The commands as Discord receives them (the bulk-overwrite body), compared with a stored copy: a change to how
/// commands are declared or collected must not change what is registered. A deliberate change updates the copy
/// (the test writes the new body next to the test binary as RegisteredCommands.actual.json).
/// </summary>
public sealed class CommandRegistrationPayloadTests
{
    private static readonly JsonSerializerOptions Wire = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    [Fact]
    public void The_registration_payload_is_exactly_the_stored_one()
    {
        var requests = SlashCommandMapper.ToRequests(new CommandHarness().Router.Definitions);
        var actual = JsonSerializer.Serialize(requests, Wire);
        var storedPath = Path.Combine(AppContext.BaseDirectory, "DiscordAdapters", "RegisteredCommands.json");

        var stored = File.ReadAllText(storedPath);

        if (!JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(actual)))
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "RegisteredCommands.actual.json"), actual);
            Assert.Equal(stored.ReplaceLineEndings(), actual.ReplaceLineEndings());
        }
    }
}
