using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Gateway.Events;

public sealed class GatewayEventReaderTests
{
    private static GatewayEvent? Read(string name, string json) => GatewayEventReader.Read(name, Encoding.UTF8.GetBytes(json));

    private static T Read<T>(string name, string json)
        where T : GatewayEvent => Assert.IsType<T>(Read(name, json));

    [Theory]
    [InlineData("user", "UserResponse")]
    [InlineData("everyone-role", "GuildRoleResponse")]
    [InlineData("bot-role", "GuildRoleResponse")]
    [InlineData("channel", "GuildChannelResponse")]
    [InlineData("member", "GuildMemberResponse")]
    [InlineData("guild", "GuildResponse")]
    public void The_samples_have_the_shape_of_discords_openapi_schemas(string sample, string schema)
    {
        var json = sample switch
        {
            "user" => GatewayEventSamples.BotUser,
            "everyone-role" => GatewayEventSamples.EveryoneRole,
            "bot-role" => GatewayEventSamples.BotRole,
            "channel" => GatewayEventSamples.AnnouncementsChannel,
            "member" => GatewayEventSamples.BotMember,
            _ => GatewayEventSamples.Guild,
        };

        var errors = OpenApiSchemaChecker.Check(JsonNode.Parse(json), schema);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Ready_carries_the_session_the_resume_url_the_application_and_the_bot_user()
    {
        var ready = Read<ReadyEvent>("READY", GatewayEventSamples.Ready);

        Assert.Equal("9e3a8c4f2b", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-b.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal(new Snowflake(555), ready.Application.Id);
        Assert.Equal(new Snowflake(900), ready.User.Id);
        Assert.True(ready.User.Bot);
        Assert.Equal([0, 1], ready.Shard!);
        Assert.Equal(new Snowflake(100), Assert.Single(ready.Guilds).Id);
    }

    [Fact]
    public void Guild_create_carries_the_guild_with_its_roles_channels_and_the_bots_member()
    {
        var guild = Read<GuildCreateEvent>("GUILD_CREATE", GatewayEventSamples.GuildCreate()).Guild;

        Assert.Equal("Nachrichten", guild.Name);
        Assert.Equal("de", guild.PreferredLocale);
        Assert.Equal(new Snowflake(1), guild.OwnerId);
        Assert.Equal([new Snowflake(100), new Snowflake(200)], guild.Roles.Select(r => r.Id));
        var channel = Assert.Single(guild.Channels!);
        Assert.Equal(Permissions.SendMessages, channel.PermissionOverwrites![0].Deny);
        Assert.Equal([new Snowflake(200)], Assert.Single(guild.Members!).Roles);
        Assert.False(guild.Unavailable);
    }

    [Fact]
    public void Guild_update_carries_the_guild_as_rest_returns_it()
    {
        var guild = Read<GuildUpdateEvent>("GUILD_UPDATE", GatewayEventSamples.Guild).Guild;

        Assert.Equal("Nachrichten", guild.Name);
        Assert.Equal(Permissions.Administrator, guild.Roles[1].Permissions);
        Assert.Null(guild.Channels);
    }

    [Theory]
    [InlineData("""{"id":"100","unavailable":true}""", true)]
    [InlineData("""{"id":"100"}""", null)]
    public void Guild_delete_says_whether_the_guild_went_unavailable_or_the_bot_left_it(string json, bool? unavailable)
    {
        var deleted = Read<GuildDeleteEvent>("GUILD_DELETE", json);

        Assert.Equal(new Snowflake(100), deleted.Id);
        Assert.Equal(unavailable, deleted.Unavailable);
    }

    [Theory]
    [InlineData("CHANNEL_CREATE", typeof(ChannelCreateEvent))]
    [InlineData("CHANNEL_UPDATE", typeof(ChannelUpdateEvent))]
    [InlineData("CHANNEL_DELETE", typeof(ChannelDeleteEvent))]
    public void Each_channel_event_has_its_own_type_and_carries_the_whole_channel(string name, Type expected)
    {
        var gatewayEvent = Read(name, GatewayEventSamples.AnnouncementsChannel);

        Assert.IsType(expected, gatewayEvent);
        var channel = gatewayEvent switch
        {
            ChannelCreateEvent created => created.Channel,
            ChannelUpdateEvent updated => updated.Channel,
            ChannelDeleteEvent deleted => deleted.Channel,
            _ => throw new InvalidOperationException(),
        };
        Assert.Equal(new Snowflake(100), channel.GuildId);
        Assert.Equal("ankündigungen", channel.Name);
        Assert.Equal(PermissionOverwriteType.Member, channel.PermissionOverwrites![1].Type);
    }

    [Fact]
    public void Role_create_and_update_carry_the_guild_and_the_whole_role()
    {
        var json = $$"""{"guild_id":"100","role":{{GatewayEventSamples.BotRole}}}""";

        var created = Read<GuildRoleCreateEvent>("GUILD_ROLE_CREATE", json);
        var updated = Read<GuildRoleUpdateEvent>("GUILD_ROLE_UPDATE", json);

        Assert.Equal(new Snowflake(100), created.GuildId);
        Assert.Equal(Permissions.Administrator, created.Role.Permissions);
        Assert.True(created.Role.Managed);
        Assert.Equal(created.Role, updated.Role);
    }

    [Fact]
    public void Role_delete_carries_the_guild_and_the_role_id()
    {
        var deleted = Read<GuildRoleDeleteEvent>("GUILD_ROLE_DELETE", """{"guild_id":"100","role_id":"200"}""");

        Assert.Equal((new Snowflake(100), new Snowflake(200)), (deleted.GuildId, deleted.RoleId));
    }

    [Fact]
    public void Member_update_carries_the_guild_the_user_the_roles_and_the_nick()
    {
        var member = Read<GuildMemberUpdateEvent>("GUILD_MEMBER_UPDATE", GatewayEventSamples.GuildMemberUpdate);

        Assert.Equal(new Snowflake(100), member.GuildId);
        Assert.Equal(new Snowflake(900), member.User.Id);
        Assert.Equal([new Snowflake(200), new Snowflake(201)], member.Roles);
        Assert.Equal("Nachrichtenbot", member.Nick);
    }

    [Theory]
    [InlineData("INTERACTION_CREATE")]
    [InlineData("RESUMED")]
    [InlineData("MESSAGE_CREATE")]
    [InlineData("SOMETHING_DISCORD_ADDS_LATER")]
    public void Dispatches_without_a_type_stay_raw(string name) =>
        Assert.Null(Read(name, """{"id":"1"}"""));

    [Theory]
    [InlineData("GUILD_CREATE", "null")]
    [InlineData("CHANNEL_UPDATE", "[]")]
    [InlineData("GUILD_ROLE_DELETE", """{"guild_id":"not a snowflake","role_id":"200"}""")]
    [InlineData("READY", "")]
    public void Data_that_does_not_fit_the_events_type_is_refused(string name, string json) =>
        Assert.ThrowsAny<JsonException>(() => Read(name, json));
}
