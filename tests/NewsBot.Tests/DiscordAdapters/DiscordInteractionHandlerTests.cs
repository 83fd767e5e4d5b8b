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
        var handler = new DiscordInteractionHandler(_commands.Router);

        var response = await handler.HandleAsync(Command("help"), CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, response.Type);
        Assert.Empty(response.Data!.AllowedMentions!.Parse);
        Assert.Null(response.Data.AllowedMentions.Roles);
        Assert.NotEmpty(response.Data.Embeds!);
    }

    [Fact]
    public async Task A_refused_config_is_ephemeral_and_config_defers_ephemerally()
    {
        var handler = new DiscordInteractionHandler(_commands.Router);
        var config = Command("config", options: new InteractionDataOption { Name = "show", Type = ApplicationCommandOptionType.SubCommand });

        var response = await handler.HandleAsync(config, CancellationToken.None);

        Assert.Equal(MessageFlags.Ephemeral, response.Data!.Flags);
        Assert.True(handler.IsEphemeralIfDeferred(config));
    }

    [Fact]
    public async Task An_autocomplete_is_answered_with_string_choices()
    {
        var handler = new DiscordInteractionHandler(_commands.Router);
        var typing = Command("summary", InteractionType.ApplicationCommandAutocomplete,
            new InteractionDataOption { Name = "discussion", Type = ApplicationCommandOptionType.String, Value = JsonSerializer.SerializeToElement(""), Focused = true });

        var response = await handler.HandleAsync(typing, CancellationToken.None);

        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, response.Type);
        Assert.NotEmpty(response.Data!.Choices!);
        Assert.All(response.Data.Choices!, c => Assert.Equal(JsonValueKind.String, c.Value.ValueKind));
    }
}
