using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Takes a made-up slash command through the client's own steps for a real one — reads it out of a gateway frame,
/// hands it to the host's handler, checks the answer against Discord's rules and writes the callback body — and sends
/// nothing. Run at start, it leaves that code compiled (under JIT) and the JSON metadata of interactions and replies
/// built, which the first real interaction would otherwise pay for.
/// </summary>
public static class InteractionRehearsal
{
    /// <summary>
    /// The callback body the client would post for <paramref name="handle"/>'s answer to <c>/</c><paramref name="commandName"/>
    /// invoked in <paramref name="guildId"/> with <paramref name="locale"/>.
    /// </summary>
    public static async ValueTask<byte[]> RunAsync(
        string commandName, Snowflake guildId, string locale, Func<Interaction, ValueTask<InteractionResponse>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var envelope = GatewayEnvelope.Read(Frame(commandName, guildId, locale));
        var name = envelope.EventName ?? "";
        _ = GatewayEventReader.Read(name, envelope.Data.Span);
        var interaction = InteractionJsonReader.Read(envelope.Data.Span);
        var response = await handle(interaction);
        _ = InteractionCallbackRules.Allows(interaction, response.Type);
        _ = DiscordRequestValidator.Validate(response);
        return JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse);
    }

    /// <summary>An INTERACTION_CREATE frame shaped as Discord sends it for a guild member's slash command.</summary>
    private static byte[] Frame(string commandName, Snowflake guildId, string locale)
    {
        var guild = guildId.Value.ToString(CultureInfo.InvariantCulture);
        var name = JsonEncodedText.Encode(commandName).ToString();
        var language = JsonEncodedText.Encode(locale).ToString();
        return Encoding.UTF8.GetBytes(
            $$$"""
            {"op":0,"s":1,"t":"INTERACTION_CREATE","d":{"id":"2","application_id":"3","type":2,
            "data":{"id":"4","name":"{{{name}}}","type":1,"options":[]},
            "guild_id":"{{{guild}}}","guild":{"id":"{{{guild}}}","locale":"{{{language}}}","features":[]},
            "channel_id":"5","channel":{"id":"5","type":0,"guild_id":"{{{guild}}}","name":"general","position":0,"permission_overwrites":[],"nsfw":false,"parent_id":null,"permissions":"2248473465835073"},
            "member":{"user":{"id":"6","username":"rehearsal","discriminator":"0","global_name":null,"avatar":null,"bot":false},
            "roles":[],"joined_at":"2026-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,"pending":false,"nick":null,"avatar":null,"permissions":"2248473465835073"},
            "token":"rehearsal","version":1,"app_permissions":"2248473465835073","locale":"{{{language}}}","guild_locale":"{{{language}}}",
            "entitlements":[],"entitlement_sku_ids":[],"authorizing_integration_owners":{"0":"{{{guild}}}"},"context":0,"attachment_size_limit":10485760}}
            """);
    }
}
