using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>The sandbox's own READY and GUILD_CREATE, as typed observers receive them over real sockets.</summary>
public sealed class TypedEventIntegrationTests
{
    [Fact]
    public async Task Typed_observers_receive_the_sandboxs_ready_and_guild_create_matching_its_world()
    {
        await using var bot = await SandboxBot.StartAsync();
        var world = bot.Sandbox.World;

        var events = bot.TypedEvents.Received.ToArray();
        var ready = Assert.IsType<ReadyEvent>(events[0]);
        Assert.Equal(world.BotUser.Id, ready.User.Id.Value);
        Assert.Equal(world.ApplicationId, ready.Application.Id.Value);
        Assert.Equal(Assert.Single(bot.Sessions()).Id, ready.SessionId);
        Assert.Contains(ready.Guilds, g => g.Id.Value == bot.Guild.Id && g.Unavailable == true);

        var guild = Assert.IsType<GuildCreateEvent>(Assert.Single(events[1..])).Guild;
        Assert.Equal((bot.Guild.Id, bot.Guild.Name, bot.Guild.OwnerId, bot.Guild.PreferredLocale), (guild.Id.Value, guild.Name, guild.OwnerId.Value, guild.PreferredLocale));
        Assert.Equal(bot.Guild.Roles.Select(r => r.Id).Order(), guild.Roles.Select(r => r.Id.Value).Order());
        Assert.Equal(bot.Guild.Channels.Select(c => c.Name).Order(), guild.Channels!.Select(c => c.Name).Order());
        var botMember = Assert.Single(guild.Members!, m => m.User?.Id.Value == world.BotUser.Id);
        Assert.Equal(world.BotMember(bot.Guild).RoleIds.Order(), botMember.Roles.Select(r => r.Value).Order());
        Assert.Equal(Permissions.None, bot.Cache.MissingBotPermissions(bot.Guild.Id, bot.ChannelId("announcements"), Permissions.SendMessages));
    }
}
