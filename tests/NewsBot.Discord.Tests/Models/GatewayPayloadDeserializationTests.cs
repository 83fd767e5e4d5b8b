using System.Text.Json;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Models;

public sealed class GatewayPayloadDeserializationTests
{
    internal const string GuildCreate = """
        {"id":"100","name":"Nachrichten","owner_id":"1","preferred_locale":"de","unavailable":false,"member_count":3,"brand_new_field":[1,2],
         "roles":[{"id":"100","name":"@everyone","permissions":"2248473465835073","position":0,"color":0,"managed":false,"mentionable":false,"flags":0},
                  {"id":"200","name":"NewsBot","permissions":"0","position":1,"managed":true,"tags":{"bot_id":"900"}}],
         "channels":[{"id":"300","type":0,"name":"ankündigungen","position":1,"parent_id":null,
                      "permission_overwrites":[{"id":"100","type":0,"allow":"0","deny":"2048"},{"id":"900","type":1,"allow":"2048","deny":"0"}]},
                     {"id":"301","type":99,"name":"future-channel-type"}],
         "members":[{"user":{"id":"900","username":"newsbot","bot":true},"roles":["200"],"joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false}],
         "threads":[],"stage_instances":[],"guild_scheduled_events":[]}
        """;

    internal const string InteractionCreate = """
        {"id":"1200","application_id":"555","type":2,"token":"aW50ZXJhY3Rpb24","version":1,"guild_id":"100","channel_id":"300",
         "channel":{"id":"300","type":0},"locale":"de","guild_locale":"de","app_permissions":"2248473465835073","context":0,
         "authorizing_integration_owners":{"0":"100"},"entitlements":[],
         "member":{"user":{"id":"42","username":"anna","global_name":"Anna"},"roles":["201"],"permissions":"2248473465835073","joined_at":"2024-05-01T10:00:00+00:00","nick":null},
         "data":{"id":"800","name":"config","type":1,"guild_id":"100",
                 "options":[{"name":"reminder","type":1,"options":[{"name":"minutes","type":4,"value":15},{"name":"discussion","type":3,"value":"eur","focused":true}]}],
                 "resolved":{"channels":{"300":{"id":"300","type":0,"name":"ankündigungen","permissions":"1024"}},"users":{"42":{"id":"42","username":"anna"}}}}}
        """;

    [Fact]
    public void Ready_reads_session_resume_url_application_and_ignores_unknown_fields()
    {
        var json = """{"v":10,"user":{"id":"900","username":"newsbot","bot":true,"avatar":null},"guilds":[{"id":"100","unavailable":true}],"session_id":"abc","resume_gateway_url":"wss://gateway-us-east1-b.discord.gg","shard":[0,2],"application":{"id":"555","flags":8650752},"_trace":["x"],"user_settings":{}}""";

        var ready = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.ReadyEvent)!;

        Assert.Equal("abc", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-b.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal(555UL, ready.Application.Id.Value);
        Assert.Equal([0, 2], ready.Shard!);
        Assert.Equal(100UL, Assert.Single(ready.Guilds).Id.Value);
    }

    [Fact]
    public void Guild_create_reads_roles_channels_overwrites_and_members_including_unknown_channel_types()
    {
        var guild = JsonSerializer.Deserialize(GuildCreate, DiscordJsonContext.Default.Guild)!;

        Assert.Equal("Nachrichten", guild.Name);
        Assert.Equal((Permissions)2248473465835073, guild.Roles[0].Permissions);
        Assert.Equal(2, guild.Channels!.Count);
        Assert.Equal((ChannelType)99, guild.Channels[1].Type);
        var overwrite = guild.Channels[0].PermissionOverwrites![0];
        Assert.Equal(Permissions.SendMessages, overwrite.Deny);
        Assert.Equal(PermissionOverwriteType.Member, guild.Channels[0].PermissionOverwrites![1].Type);
        Assert.Equal(900UL, guild.Members![0].User!.Id.Value);
    }

    [Fact]
    public void Interaction_create_reads_nested_options_resolved_data_member_permissions_and_locales()
    {
        var interaction = JsonSerializer.Deserialize(InteractionCreate, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("aW50ZXJhY3Rpb24", interaction.Token);
        Assert.Equal("de", interaction.Locale);
        Assert.Equal(42UL, interaction.Invoker!.Id.Value);
        Assert.Equal((Permissions)2248473465835073, interaction.Member!.Permissions);
        Assert.Equal(interaction.Member.Permissions, interaction.AppPermissions);
        var sub = Assert.Single(interaction.Data!.Options!);
        Assert.Equal(ApplicationCommandOptionType.SubCommand, sub.Type);
        Assert.Equal(15, sub.Options![0].Value!.Value.GetInt32());
        Assert.Equal("eur", sub.Options[1].StringValue);
        Assert.True(sub.Options[1].Focused);
        Assert.Equal("ankündigungen", interaction.Data.Resolved!.Channels![new Snowflake(300)].Name);
    }

    [Fact]
    public void Unknown_enum_values_deserialize_instead_of_throwing()
    {
        var interaction = JsonSerializer.Deserialize("""{"id":"1","application_id":"2","type":42,"token":"t","version":1,"data":{"name":"x","type":9}}""", DiscordJsonContext.Default.Interaction)!;

        Assert.Equal((InteractionType)42, interaction.Type);
        Assert.Equal((ApplicationCommandType)9, interaction.Data!.Type);
    }

    [Fact]
    public void Snowflake_is_a_string_on_the_wire_and_knows_its_creation_time()
    {
        var id = Snowflake.Parse("175928847299117063");

        Assert.Equal("\"175928847299117063\"", JsonSerializer.Serialize(id, DiscordJsonContext.Default.Options));
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), id.CreatedAt);
        Assert.Equal(id, JsonSerializer.Deserialize<Snowflake>("175928847299117063", DiscordJsonContext.Default.Options));
    }

    [Fact]
    public void Permissions_round_trip_as_decimal_strings_beyond_53_bits()
    {
        var all = Permissions.CreateEvents | Permissions.ManageEvents | Permissions.Administrator;

        var json = JsonSerializer.Serialize(new Role { Id = 1, Name = "r", Permissions = all }, DiscordJsonContext.Default.Role);

        Assert.Contains("\"permissions\":\"17600775979016\"", json, StringComparison.Ordinal);
        Assert.Equal(all, JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Role)!.Permissions);
    }
}
