using NewsBot.Commands;
using NewsBot.Discord.Models;
using NewsBot.DiscordAdapters;

namespace NewsBot.Tests.DiscordAdapters;

public sealed class SlashCommandMapperTests
{
    private static readonly SlashCommandDefinition Config = new("config", "Moderator settings",
    [
        new SlashCommandOption("channel", "Set the channel", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("kanal"),
            Options = [new SlashCommandOption("channel", "The channel", SlashCommandOptionType.Channel, Required: true) { ChannelTypes = [0, 5] }],
        },
        new SlashCommandOption("language", "Set the language", SlashCommandOptionType.Subcommand)
        {
            Options =
            [
                new SlashCommandOption("language", "de or en", SlashCommandOptionType.String, Required: true)
                {
                    Choices = [new SlashCommandChoice("German", "de") { NameLocalizations = Localizations.German("Deutsch") }],
                },
            ],
        },
    ])
    {
        DescriptionLocalizations = Localizations.German("Einstellungen"),
        DefaultMemberPermissions = NewsBot.Commands.Permissions.ManageGuild,
        GuildOnly = true,
    };

    [Fact]
    public void A_guild_only_moderator_command_maps_to_Discords_shape()
    {
        var request = SlashCommandMapper.ToRequest(Config);

        Assert.Equal("config", request.Name);
        Assert.Null(request.NameLocalizations);
        Assert.Equal("Einstellungen", request.DescriptionLocalizations!["de"]);
        Assert.Equal(NewsBot.Discord.Models.Permissions.ManageGuild, request.DefaultMemberPermissions);
        Assert.Equal([InteractionContextType.Guild], request.Contexts);
        Assert.Equal(ApplicationCommandType.ChatInput, request.Type);

        var channel = request.Options![0];
        Assert.Equal(ApplicationCommandOptionType.SubCommand, channel.Type);
        Assert.Null(channel.Required);
        Assert.Equal("kanal", channel.NameLocalizations!["de"]);
        var channelOption = Assert.Single(channel.Options!);
        Assert.Equal(ApplicationCommandOptionType.Channel, channelOption.Type);
        Assert.True(channelOption.Required);
        Assert.Equal([ChannelType.GuildText, (ChannelType)5], channelOption.ChannelTypes);

        var choice = Assert.Single(request.Options[1].Options![0].Choices!);
        Assert.Equal("German", choice.Name);
        Assert.Equal("de", choice.Value.GetString());
        Assert.Equal("Deutsch", choice.NameLocalizations!["de"]);
    }

    [Fact]
    public void A_command_for_everyone_has_no_permission_default_and_no_context_restriction()
    {
        var request = SlashCommandMapper.ToRequest(new SlashCommandDefinition("help", "What I can do", []));

        Assert.Null(request.DefaultMemberPermissions);
        Assert.Null(request.Contexts);
        Assert.Null(request.Options);
    }
}
