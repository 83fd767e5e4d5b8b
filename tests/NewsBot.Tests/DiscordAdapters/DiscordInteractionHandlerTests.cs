using System.Text.Json;
using NewsBot.Discord.Models;
using NewsBot.DiscordAdapters;
using NewsBot.Tests.Commands;

namespace NewsBot.Tests.DiscordAdapters;

public sealed class DiscordInteractionHandlerTests
{
    private readonly CommandHarness _commands = new();

    private static Interaction Command(string name, InteractionType type = InteractionType.ApplicationCommand, params InteractionDataOption[] options) => new()
    {
        Type = type,
        GuildId = new Snowflake(CommandHarness.GuildId),
        ChannelId = new Snowflake(CommandHarness.ChannelId),
        Locale = "en-US",
        GuildLocale = "de",
        Member = new GuildMember { User = new User { Id = new Snowflake(CommandHarness.UserId) }, Permissions = NewsBot.Discord.Models.Permissions.ViewChannel },
        Data = new InteractionData { Name = name, Options = options },
    };

    [Fact]
    public async Task A_command_is_answered_with_a_message_that_pings_nobody()
    {
        var handler = new DiscordInteractionHandler(_commands.Router, _commands.Components);

        var response = await handler.HandleAsync(Command("help"), CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, response.Type);
        Assert.Empty(response.Data!.AllowedMentions!.Parse);
        Assert.Null(response.Data.AllowedMentions.Roles);
        Assert.NotEmpty(response.Data.Embeds!);
    }

    [Fact]
    public async Task A_refused_config_is_ephemeral_and_config_defers_ephemerally()
    {
        var handler = new DiscordInteractionHandler(_commands.Router, _commands.Components);
        var config = Command("config", options: new InteractionDataOption { Name = "show", Type = ApplicationCommandOptionType.SubCommand });

        var response = await handler.HandleAsync(config, CancellationToken.None);

        Assert.Equal(MessageFlags.Ephemeral, response.Data!.Flags);
        Assert.True(handler.IsEphemeralIfDeferred(config));
    }

    [Fact]
    public async Task An_autocomplete_is_answered_with_string_choices()
    {
        var handler = new DiscordInteractionHandler(_commands.Router, _commands.Components);
        var typing = Command("summary", InteractionType.ApplicationCommandAutocomplete,
            new InteractionDataOption { Name = "discussion", Type = ApplicationCommandOptionType.String, Value = JsonSerializer.SerializeToElement(""), Focused = true });

        var response = await handler.HandleAsync(typing, CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, response.Type);
        Assert.NotEmpty(response.Data!.Choices!);
        Assert.All(response.Data.Choices!, c => Assert.Equal(JsonValueKind.String, c.Value.ValueKind));
    }

    private static Interaction Press(string? customId, InteractionType type = InteractionType.MessageComponent) => Command("") with
    {
        Type = type,
        Locale = "de",
        Message = new Message { Id = new Snowflake(500) },
        Data = new InteractionData { CustomId = customId, ComponentType = type == InteractionType.MessageComponent ? ComponentType.Button : null },
    };

    [Fact]
    public async Task A_button_press_is_routed_by_its_custom_id_and_answered_ephemerally_in_the_pressers_language()
    {
        var handler = new DiscordInteractionHandler(_commands.Router, _commands.Components);

        var response = await handler.HandleAsync(Press("questions:010_europa"), CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, response.Type);
        Assert.Equal(MessageFlags.Ephemeral, response.Data!.Flags);
        Assert.Equal("Leitfragen · 010_europa", response.Data.Embeds![0].Footer!.Text);
        Assert.False(handler.AnswersWithModal(Press("questions:010_europa")));
    }

    [Theory]
    [InlineData(null, InteractionType.MessageComponent)]
    [InlineData("", InteractionType.MessageComponent)]
    [InlineData("old-feature:1", InteractionType.MessageComponent)]
    [InlineData(null, InteractionType.ModalSubmit)]
    [InlineData("old-modal:1", InteractionType.ModalSubmit)]
    public async Task A_press_or_submit_nobody_handles_gets_an_ephemeral_message_never_an_exception(string? customId, InteractionType type)
    {
        var handler = new DiscordInteractionHandler(_commands.Router, _commands.Components);

        var response = await handler.HandleAsync(Press(customId, type), CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, response.Type);
        Assert.Equal(MessageFlags.Ephemeral, response.Data!.Flags);
        Assert.False(string.IsNullOrWhiteSpace(response.Data.Content));
    }

    [Fact]
    public async Task A_panel_reply_sends_its_button_in_an_action_row()
    {
        var handler = new DiscordInteractionHandler(_commands.Router, _commands.Components);

        var response = await handler.HandleAsync(Command("panel", options: new InteractionDataOption
        {
            Name = "discussion", Type = ApplicationCommandOptionType.String, Value = JsonSerializer.SerializeToElement("010_europa"),
        }), CancellationToken.None);

        var row = Assert.Single(response.Data!.Components!);
        Assert.Equal(ComponentType.ActionRow, row.Type);
        var button = Assert.Single(row.Components!);
        Assert.Equal("questions:010_europa", button.CustomId);
    }
}
