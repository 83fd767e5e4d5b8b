using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Models;

/// <summary>Our serialized request bodies checked against Discord's own OpenAPI schemas.</summary>
public sealed class OpenApiConformanceTests
{
    private static readonly Embed FullEmbed = new()
    {
        Title = "Wie sicher ist Europa?",
        Description = "Heute live ab 18 Uhr <t:1741111200:R>",
        Url = "https://www.zdf.de/live",
        Color = 0xFA7D19,
        Timestamp = new DateTimeOffset(2025, 3, 4, 18, 0, 0, TimeSpan.Zero),
        Footer = new EmbedFooter("ZDFheute live"),
        Author = new EmbedAuthor("NewsBot"),
        Fields = [new EmbedField("Dr. Anna Beispiel", "Politologin, Universität Kiel", Inline: true)],
    };

    private static void AssertConforms(JsonNode? json, string schema)
    {
        var errors = OpenApiSchemaChecker.Check(json, schema);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors) + Environment.NewLine + json?.ToJsonString());
    }

    [Fact]
    public void The_checker_rejects_unknown_properties_missing_required_ones_and_wrong_types()
    {
        var bad = JsonNode.Parse("""{"name":"x","scheduled_start_time":"not a date","privacy_level":"2","entity_type":3,"entity_metadata":{"location":"here"},"colour":1}""");

        var errors = OpenApiSchemaChecker.Check(bad, "ExternalScheduledEventCreateRequest");

        Assert.Contains(errors, e => e.Contains("unknown property 'colour'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not a date-time", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("privacy_level", StringComparison.Ordinal));
        Assert.NotEmpty(OpenApiSchemaChecker.Check(JsonNode.Parse("""{"content":"x"}"""), "CreateMessageInteractionCallbackRequest"));
    }

    [Fact]
    public void Message_create_request_with_embed_buttons_and_nonce_matches_the_schema()
    {
        var request = new MessageCreateRequest
        {
            Content = "<@&42> Gleich geht es los",
            Embeds = [FullEmbed],
            AllowedMentions = AllowedMentions.OnlyRole(42),
            Components = [Component.ActionRow(Component.LinkButton("Zum Stream", "https://www.zdf.de/live"), Component.Button(ButtonStyle.Secondary, "Fragen", "questions:1"))],
            Flags = MessageFlags.SuppressNotifications,
            Nonce = "s1:g2:t15",
            EnforceNonce = true,
        };

        var json = JsonSerializer.SerializeToNode(request, DiscordJsonContext.Default.MessageCreateRequest);

        AssertConforms(json, "MessageCreateRequest");
        Assert.Equal("""{"parse":[],"roles":["42"]}""", json!["allowed_mentions"]!.ToJsonString());
    }

    [Theory]
    [InlineData("message")]
    [InlineData("ephemeral")]
    [InlineData("deferred")]
    [InlineData("deferred-ephemeral")]
    [InlineData("update")]
    [InlineData("autocomplete")]
    [InlineData("pong")]
    public void Interaction_responses_match_one_of_the_callback_schemas(string kind)
    {
        var message = new InteractionMessage { Content = "Hallo", Embeds = [FullEmbed], AllowedMentions = AllowedMentions.None, Ephemeral = kind == "ephemeral" };
        var response = kind switch
        {
            "message" or "ephemeral" => InteractionResponse.Message(message),
            "deferred" => InteractionResponse.DeferredMessage(false),
            "deferred-ephemeral" => InteractionResponse.DeferredMessage(true),
            "update" => InteractionResponse.UpdateMessage(message),
            "autocomplete" => InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.ForString("Heute 18 Uhr", "d1"), ApplicationCommandOptionChoice.ForString("Morgen", "d2")]),
            _ => InteractionResponse.Pong(),
        };
        var schema = kind switch
        {
            "update" => "UpdateMessageInteractionCallbackRequest",
            "autocomplete" => "ApplicationCommandAutocompleteCallbackRequest",
            "pong" => "PongInteractionCallbackRequest",
            _ => "CreateMessageInteractionCallbackRequest",
        };

        var json = JsonSerializer.SerializeToNode(response, DiscordJsonContext.Default.InteractionResponse);

        AssertConforms(json, schema);
        if (kind is "ephemeral" or "deferred-ephemeral")
            Assert.Equal(64, (int)json!["data"]!["flags"]!);
    }

    [Fact]
    public void Webhook_edit_and_follow_up_bodies_match_their_schemas()
    {
        var edit = new WebhookMessageEditRequest { Content = "fertig", Embeds = [FullEmbed], AllowedMentions = AllowedMentions.None };
        var followUp = new WebhookMessageCreateRequest { Content = "noch etwas", AllowedMentions = AllowedMentions.None, Flags = MessageFlags.Ephemeral };

        AssertConforms(JsonSerializer.SerializeToNode(edit, DiscordJsonContext.Default.WebhookMessageEditRequest), "IncomingWebhookUpdateForInteractionCallbackRequestPartial");
        AssertConforms(JsonSerializer.SerializeToNode(followUp, DiscordJsonContext.Default.WebhookMessageCreateRequest), "IncomingWebhookInteractionRequest");
    }

    [Fact]
    public void Application_command_with_localizations_options_choices_and_permissions_matches_the_schema()
    {
        var command = SampleCommands.Config;

        var json = JsonSerializer.SerializeToNode(command, DiscordJsonContext.Default.ApplicationCommandRequest);

        // Discord's docs type default_member_permissions as a string bitfield; the OpenAPI file says integer and
        // Discord accepts both. We follow the docs, so that one difference is expected.
        var errors = OpenApiSchemaChecker.Check(json, "ApplicationCommandUpdateRequest");
        Assert.Equal(["$.default_member_permissions: is string, schema wants integer/null"], errors);
        Assert.Equal("32", (string)json!["default_member_permissions"]!);
        Assert.Equal("Konfiguration", (string)json["description_localizations"]!["de"]!);
        Assert.Equal("[0]", json["contexts"]!.ToJsonString());
    }

    [Fact]
    public void Scheduled_event_create_and_modify_match_the_external_event_schemas()
    {
        var create = new GuildScheduledEventCreateRequest
        {
            Name = "Wie sicher ist Europa? | ZDFheute live",
            Description = "Expertinnen und Experten diskutieren.",
            ScheduledStartTime = new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero),
            ScheduledEndTime = new DateTimeOffset(2025, 3, 4, 18, 0, 0, TimeSpan.Zero),
            EntityMetadata = new GuildScheduledEventEntityMetadata("https://www.zdf.de/live"),
        };
        var modify = new GuildScheduledEventModifyRequest { Status = GuildScheduledEventStatus.Active };

        var createJson = JsonSerializer.SerializeToNode(create, DiscordJsonContext.Default.GuildScheduledEventCreateRequest);
        AssertConforms(createJson, "ExternalScheduledEventCreateRequest");
        Assert.Equal(3, (int)createJson!["entity_type"]!);
        Assert.Equal(2, (int)createJson["privacy_level"]!);
        AssertConforms(JsonSerializer.SerializeToNode(modify, DiscordJsonContext.Default.GuildScheduledEventModifyRequest), "ExternalScheduledEventPatchRequestPartial");
    }
}

internal static class SampleCommands
{
    public static ApplicationCommandRequest Config { get; } = new()
    {
        Name = "config",
        NameLocalizations = new Dictionary<string, string> { ["de"] = "einstellungen" },
        Description = "Configuration",
        DescriptionLocalizations = new Dictionary<string, string> { ["de"] = "Konfiguration" },
        DefaultMemberPermissions = Permissions.ManageGuild,
        Contexts = [InteractionContextType.Guild],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
        Options =
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "channel",
                Description = "Announcement channel",
                Options =
                [
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.Channel, Name = "target", Description = "Channel", Required = true, ChannelTypes = [ChannelType.GuildText, ChannelType.GuildAnnouncement] },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "language",
                Description = "Bot language",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String, Name = "value", Description = "Language", Required = true,
                        Choices = [ApplicationCommandOptionChoice.ForString("Deutsch", "de"), ApplicationCommandOptionChoice.ForString("English", "en")],
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = "reminder",
                Description = "Reminder lead time",
                Options =
                [
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.Integer, Name = "minutes", Description = "Minutes", MinValue = 0, MaxValue = 120 },
                    new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "discussion", Description = "Which one", Autocomplete = true },
                ],
            },
        ],
    };
}
