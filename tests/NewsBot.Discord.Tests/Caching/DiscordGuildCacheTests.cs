using System.Text;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Models;

namespace NewsBot.Discord.Tests.Caching;

public sealed class DiscordGuildCacheTests
{
    private readonly DiscordGuildCache _cache = new();

    private void Apply(string name, string json) => _cache.Apply(GatewayEventReader.Read(name, Encoding.UTF8.GetBytes(json))!);

    private DiscordGuildCacheTests WithGuild()
    {
        Apply("READY", """{"v":10,"user":{"id":"900","username":"newsbot"},"guilds":[],"session_id":"s","resume_gateway_url":"wss://x","application":{"id":"555"}}""");
        Apply("GUILD_CREATE", GatewayPayloadDeserializationTests.GuildCreate);
        return this;
    }

    [Fact]
    public void Guild_create_caches_roles_channels_and_the_bots_own_member()
    {
        WithGuild();

        var guild = _cache.GetGuild(100)!;
        Assert.Equal(new Snowflake(900), _cache.CurrentUserId);
        Assert.Equal(2, guild.Roles.Count);
        Assert.Equal(2, guild.Channels.Count);
        Assert.Equal([new Snowflake(200)], guild.BotMember!.Roles);
    }

    [Fact]
    public void The_bots_permissions_in_a_channel_follow_the_overwrites()
    {
        WithGuild();

        // @everyone is denied SEND_MESSAGES in #300, but a member overwrite allows it for the bot.
        Assert.True(((IDiscordGuildCache)_cache).BotHas(100, 300, Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks));
    }

    [Fact]
    public void Channel_update_replaces_the_overwrites()
    {
        WithGuild();

        Apply("CHANNEL_UPDATE", """{"id":"300","type":0,"guild_id":"100","name":"ankündigungen","permission_overwrites":[{"id":"100","type":0,"allow":"0","deny":"2048"}]}""");

        Assert.Equal(Permissions.SendMessages, ((IDiscordGuildCache)_cache).MissingBotPermissions(100, 300, Permissions.SendMessages | Permissions.ViewChannel));
    }

    [Fact]
    public void Role_updates_and_deletes_change_the_computed_permissions()
    {
        WithGuild();

        Apply("GUILD_ROLE_UPDATE", """{"guild_id":"100","role":{"id":"200","name":"NewsBot","permissions":"8","position":1}}""");
        Assert.Equal(Permissions.All, _cache.GetBotPermissions(100, 300));

        Apply("GUILD_ROLE_DELETE", """{"guild_id":"100","role_id":"200"}""");
        Assert.NotEqual(Permissions.All, _cache.GetBotPermissions(100, 300));
    }

    [Fact]
    public void Unknown_guilds_and_channels_have_no_permissions_and_deleted_guilds_are_forgotten()
    {
        WithGuild();

        Assert.Null(_cache.GetBotPermissions(100, 999));
        Assert.False(((IDiscordGuildCache)_cache).BotHas(100, 999, Permissions.ViewChannel));
        Apply("CHANNEL_DELETE", """{"id":"300","type":0,"guild_id":"100"}""");
        Assert.Null(_cache.GetBotPermissions(100, 300));
        Apply("GUILD_DELETE", """{"id":"100","unavailable":false}""");
        Assert.Null(_cache.GetGuild(100));
        Assert.Empty(_cache.GuildIds);
    }
}
