using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Models;

public sealed class PermissionCalculatorTests
{
    private static readonly Snowflake Guild = 100;
    private static readonly Snowflake Owner = 1;
    private static readonly Snowflake Bot = 900;
    private static readonly Snowflake BotRole = 200;
    private static readonly Snowflake Moderators = 201;
    private const Permissions Basic = Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks | Permissions.ReadMessageHistory;

    private static Dictionary<Snowflake, Role> Roles(Permissions everyone, Permissions botRole = Permissions.None) => new()
    {
        [Guild] = new Role { Id = Guild, Name = "@everyone", Permissions = everyone },
        [BotRole] = new Role { Id = BotRole, Name = "NewsBot", Permissions = botRole },
        [Moderators] = new Role { Id = Moderators, Name = "Mods", Permissions = Permissions.ManageEvents },
    };

    private static Permissions Compute(Dictionary<Snowflake, Role> roles, params PermissionOverwrite[] overwrites) =>
        PermissionCalculator.ComputeInChannel(Guild, Owner, Bot, [BotRole], roles, overwrites);

    private static PermissionOverwrite RoleOverwrite(Snowflake id, Permissions allow = 0, Permissions deny = 0) =>
        new() { Id = id, Type = PermissionOverwriteType.Role, Allow = allow, Deny = deny };

    [Fact]
    public void Base_permissions_combine_everyone_and_the_members_roles()
    {
        var result = Compute(Roles(Permissions.ViewChannel | Permissions.SendMessages, Permissions.EmbedLinks));

        Assert.Equal(Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks, result);
    }

    [Fact]
    public void Administrator_grants_everything_and_ignores_overwrites()
    {
        var result = Compute(Roles(Basic, Permissions.Administrator), RoleOverwrite(Guild, deny: Permissions.ViewChannel));

        Assert.Equal(Permissions.All, result);
    }

    [Fact]
    public void The_guild_owner_has_everything()
    {
        var result = PermissionCalculator.ComputeInChannel(Guild, Owner, Owner, [], Roles(Permissions.None), []);

        Assert.Equal(Permissions.All, result);
    }

    [Fact]
    public void An_everyone_deny_in_the_channel_removes_send_messages()
    {
        var result = Compute(Roles(Basic), RoleOverwrite(Guild, deny: Permissions.SendMessages));

        Assert.False(result.HasFlag(Permissions.SendMessages));
        Assert.True(result.HasFlag(Permissions.ViewChannel));
    }

    [Fact]
    public void A_role_allow_beats_an_everyone_deny()
    {
        var result = Compute(Roles(Basic), RoleOverwrite(Guild, deny: Permissions.SendMessages), RoleOverwrite(BotRole, allow: Permissions.SendMessages));

        Assert.True(result.HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void Role_overwrites_apply_allows_after_denies_across_the_members_roles()
    {
        var result = PermissionCalculator.ComputeInChannel(Guild, Owner, Bot, [BotRole, Moderators], Roles(Basic),
            [RoleOverwrite(BotRole, deny: Permissions.SendMessages), RoleOverwrite(Moderators, allow: Permissions.SendMessages)]);

        Assert.True(result.HasFlag(Permissions.SendMessages));
        Assert.True(result.HasFlag(Permissions.ManageEvents));
    }

    [Fact]
    public void A_member_overwrite_wins_over_role_overwrites()
    {
        var result = Compute(Roles(Basic), RoleOverwrite(BotRole, allow: Permissions.SendMessages),
            new PermissionOverwrite { Id = Bot, Type = PermissionOverwriteType.Member, Deny = Permissions.SendMessages });

        Assert.False(result.HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void Overwrites_for_roles_the_member_lacks_do_not_apply()
    {
        var result = Compute(Roles(Basic), RoleOverwrite(Moderators, deny: Permissions.SendMessages));

        Assert.True(result.HasFlag(Permissions.SendMessages));
    }

    [Fact]
    public void Without_view_channel_nothing_in_the_channel_is_granted()
    {
        var result = Compute(Roles(Basic), RoleOverwrite(Guild, deny: Permissions.ViewChannel));

        Assert.Equal(Permissions.None, result);
    }

    [Fact]
    public void Without_send_messages_embed_links_and_mention_everyone_do_not_count()
    {
        var result = Compute(Roles(Basic | Permissions.MentionEveryone), RoleOverwrite(Guild, deny: Permissions.SendMessages));

        Assert.False(result.HasFlag(Permissions.EmbedLinks));
        Assert.False(result.HasFlag(Permissions.MentionEveryone));
        Assert.True(result.HasFlag(Permissions.ReadMessageHistory));
    }
}
