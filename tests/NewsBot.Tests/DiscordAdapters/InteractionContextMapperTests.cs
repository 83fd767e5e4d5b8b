using System.Text.Json;
using NewsBot.Discord.Models;
using NewsBot.DiscordAdapters;

namespace NewsBot.Tests.DiscordAdapters;

public sealed class InteractionContextMapperTests
{
    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);

    [Fact]
    public void A_subcommand_is_flattened_and_its_values_become_invariant_strings()
    {
        var interaction = new Interaction
        {
            Type = InteractionType.ApplicationCommand,
            GuildId = new Snowflake(11),
            ChannelId = new Snowflake(22),
            Locale = "en-US",
            GuildLocale = "de",
            Member = new GuildMember { User = new User { Id = new Snowflake(33) }, Permissions = NewsBot.Discord.Models.Permissions.ManageGuild | NewsBot.Discord.Models.Permissions.ViewChannel },
            Data = new InteractionData
            {
                Name = "config",
                Options =
                [
                    new InteractionDataOption
                    {
                        Name = "channel",
                        Type = ApplicationCommandOptionType.SubCommand,
                        Options =
                        [
                            new InteractionDataOption { Name = "channel", Type = ApplicationCommandOptionType.Channel, Value = Json("123456789012345678") },
                            new InteractionDataOption { Name = "enabled", Type = ApplicationCommandOptionType.Boolean, Value = Json(true) },
                            new InteractionDataOption { Name = "count", Type = ApplicationCommandOptionType.Integer, Value = Json(42) },
                        ],
                    },
                ],
            },
        };

        var context = InteractionContextMapper.ToContext(interaction)!;

        Assert.Equal("config", context.CommandName);
        Assert.Equal("channel", context.Subcommand);
        Assert.Equal("123456789012345678", context.Options["channel"]);
        Assert.Equal("true", context.Options["enabled"]);
        Assert.Equal("42", context.Options["count"]);
        Assert.Equal(11UL, context.GuildId);
        Assert.Equal(22UL, context.ChannelId);
        Assert.Equal(33UL, context.UserId);
        Assert.Equal("en-US", context.UserLocale);
        Assert.Equal("de", context.GuildLocale);
        Assert.Equal(NewsBot.Commands.Permissions.ManageGuild | NewsBot.Commands.Permissions.ViewChannel, context.MemberPermissions);
    }

    [Fact]
    public void An_autocomplete_names_the_focused_option_and_keeps_the_partial_text()
    {
        var interaction = new Interaction
        {
            Type = InteractionType.ApplicationCommandAutocomplete,
            User = new User { Id = new Snowflake(5) },
            Data = new InteractionData
            {
                Name = "summary",
                Options =
                [
                    new InteractionDataOption { Name = "length", Type = ApplicationCommandOptionType.String, Value = Json("long") },
                    new InteractionDataOption { Name = "discussion", Type = ApplicationCommandOptionType.String, Value = Json("klim"), Focused = true },
                ],
            },
        };

        var context = InteractionContextMapper.ToContext(interaction)!;

        Assert.Null(context.Subcommand);
        Assert.Equal("discussion", context.FocusedOption);
        Assert.Equal("klim", context.Options["discussion"]);
        Assert.Equal("long", context.Options["length"]);
    }

    [Fact]
    public void In_a_DM_the_user_is_the_invoker_and_has_no_member_permissions()
    {
        var interaction = new Interaction
        {
            Type = InteractionType.ApplicationCommand,
            User = new User { Id = new Snowflake(77) },
            Data = new InteractionData { Name = "help" },
        };

        var context = InteractionContextMapper.ToContext(interaction)!;

        Assert.Null(context.GuildId);
        Assert.Equal(77UL, context.UserId);
        Assert.Equal(0UL, context.MemberPermissions);
        Assert.Empty(context.Options);
    }

    [Fact]
    public void An_interaction_without_a_command_name_has_no_context() =>
        Assert.Null(InteractionContextMapper.ToContext(new Interaction { Type = InteractionType.ApplicationCommand }));
}
