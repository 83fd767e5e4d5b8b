using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Models;

/// <summary>Component, modal and attachment payloads: what we send matches Discord's schemas, what Discord sends is read.</summary>
public sealed class ComponentPayloadTests
{
    // Shaped like the examples of Discord's component reference and receiving-and-responding pages.
    internal const string ButtonPress = """
        {"id":"1300","application_id":"555","type":3,"token":"dG9rZW4","version":1,"guild_id":"100","channel_id":"300","locale":"en-US",
         "member":{"user":{"id":"42","username":"anna"},"roles":[],"permissions":"1024"},
         "data":{"custom_id":"save:8dbe49e8","component_type":2},
         "message":{"id":"7000","type":20,"channel_id":"300","content":"Vorschau","timestamp":"2026-12-03T19:00:00+00:00","flags":64,
                    "author":{"id":"555","username":"NewsBot","bot":true},"embeds":[],"attachments":[],
                    "components":[{"type":1,"id":1,"components":[{"type":2,"id":2,"style":3,"label":"Speichern","custom_id":"save:8dbe49e8"},
                                                                 {"type":2,"id":3,"style":5,"label":"Quelle","url":"https://example.org/a"}]}]}}
        """;

    internal const string ModalSubmit = """
        {"id":"1400","application_id":"555","type":5,"token":"bW9kYWw","version":1,"guild_id":"100","channel_id":"300",
         "member":{"user":{"id":"42","username":"anna"},"roles":[],"permissions":"32"},
         "data":{"custom_id":"paste:1","components":[{"type":1,"id":1,"components":[{"type":4,"id":2,"custom_id":"text","value":"Wie sicher ist Europa?"}]},
                                                     {"type":1,"id":3,"components":[{"type":4,"id":4,"custom_id":"note","value":""}]}]}}
        """;

    internal const string AttachmentCommand = """
        {"id":"1500","application_id":"555","type":2,"token":"ZmlsZQ","version":1,"guild_id":"100","channel_id":"300",
         "member":{"user":{"id":"42","username":"anna"},"roles":[],"permissions":"32"},
         "data":{"id":"800","name":"discussions","type":1,
                 "options":[{"name":"add","type":1,"options":[{"name":"file","type":11,"value":"9100"}]}],
                 "resolved":{"attachments":{"9100":{"id":"9100","filename":"ankuendigung.txt","size":2048,"content_type":"text/plain; charset=utf-8",
                   "url":"https://cdn.discordapp.com/ephemeral-attachments/300/9100/ankuendigung.txt?ex=1","proxy_url":"https://media.discordapp.net/ephemeral-attachments/300/9100/ankuendigung.txt?ex=1","ephemeral":true}}}}}
        """;

    private static void AssertConforms(JsonNode? json, string schema)
    {
        var errors = OpenApiSchemaChecker.Check(json, schema);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors) + Environment.NewLine + json?.ToJsonString());
    }

    [Fact]
    public void A_button_press_reads_its_custom_id_component_type_and_the_message_with_its_buttons()
    {
        var interaction = JsonSerializer.Deserialize(ButtonPress, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal("save:8dbe49e8", interaction.Data!.CustomId);
        Assert.Equal(ComponentType.Button, interaction.Data.ComponentType);
        Assert.Equal(7000UL, interaction.Message!.Id.Value);
        var buttons = interaction.Message.Components![0].Components!;
        Assert.Equal(ButtonStyle.Success, buttons[0].ButtonStyle);
        Assert.Equal(2, buttons[0].Id);
        Assert.Equal("https://example.org/a", buttons[1].Url);
        Assert.Equal(MessageFlags.Ephemeral, interaction.Message.Flags);
    }

    [Fact]
    public void A_modal_submit_reads_the_value_of_each_text_input()
    {
        var interaction = JsonSerializer.Deserialize(ModalSubmit, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal(InteractionType.ModalSubmit, interaction.Type);
        Assert.Equal("paste:1", interaction.Data!.CustomId);
        Assert.Equal("Wie sicher ist Europa?", interaction.Data.SubmittedValue("text"));
        Assert.Equal("", interaction.Data.SubmittedValue("note"));
        Assert.Null(interaction.Data.SubmittedValue("missing"));
        Assert.Equal(new Dictionary<string, string> { ["text"] = "Wie sicher ist Europa?", ["note"] = "" }, interaction.Data.SubmittedValues());
    }

    [Fact]
    public void An_attachment_option_resolves_to_its_file()
    {
        var interaction = JsonSerializer.Deserialize(AttachmentCommand, DiscordJsonContext.Default.Interaction)!;
        var option = interaction.Data!.Options![0].Options![0];

        var file = interaction.Data.AttachmentOf(option)!;

        Assert.Equal(ApplicationCommandOptionType.Attachment, option.Type);
        Assert.Equal(9100UL, file.Id.Value);
        Assert.Equal("ankuendigung.txt", file.Filename);
        Assert.Equal(2048, file.Size);
        Assert.Equal("text/plain; charset=utf-8", file.ContentType);
        Assert.StartsWith("https://cdn.discordapp.com/ephemeral-attachments/300/9100/", file.Url, StringComparison.Ordinal);
        Assert.StartsWith("https://media.discordapp.net/", file.ProxyUrl, StringComparison.Ordinal);
        Assert.True(file.Ephemeral);
        Assert.Null(interaction.Data.AttachmentOf(interaction.Data.Options[0]));
    }

    [Fact]
    public void The_attachment_model_covers_discords_required_attachment_fields()
    {
        var attachment = new Attachment { Id = 1, Filename = "a.txt", Size = 3, Url = "https://cdn.discordapp.com/a", ProxyUrl = "https://media.discordapp.net/a", ContentType = "text/plain" };

        AssertConforms(JsonSerializer.SerializeToNode(attachment, DiscordJsonContext.Default.Attachment), "AttachmentResponse");
    }

    [Fact]
    public void A_modal_response_matches_discords_modal_callback_schema()
    {
        var modal = new InteractionModal("paste:1", "Text einfügen",
        [
            Component.ActionRow(Component.TextInput("text", "Ankündigung", TextInputStyle.Paragraph, minLength: 20, maxLength: 4000, placeholder: "Text hier einfügen")),
            Component.ActionRow(Component.TextInput("title", "Titel", required: false, value: "Wie sicher ist Europa?")),
        ]);

        var json = JsonSerializer.SerializeToNode(InteractionResponse.Modal(modal), DiscordJsonContext.Default.InteractionResponse);

        AssertConforms(json, "ModalInteractionCallbackRequest");
        Assert.Equal(2, (int)json!["data"]!["components"]![0]!["components"]![0]!["style"]!);
    }

    [Fact]
    public void An_update_with_buttons_and_a_follow_up_with_buttons_match_their_schemas()
    {
        Component[] rows = [Component.ActionRow(Component.Button(ButtonStyle.Success, "Speichern", "save:1"), Component.Button(ButtonStyle.Danger, "Abbrechen", "cancel:1", disabled: true),
            Component.LinkButton("Quelle", "https://example.org/a"))];
        var update = InteractionResponse.UpdateMessage(new InteractionMessage { Content = "Gespeichert", AllowedMentions = AllowedMentions.None, Components = rows });
        var followUp = new WebhookMessageCreateRequest { Content = "Vorschau", AllowedMentions = AllowedMentions.None, Components = rows, Flags = MessageFlags.Ephemeral };

        AssertConforms(JsonSerializer.SerializeToNode(update, DiscordJsonContext.Default.InteractionResponse), "UpdateMessageInteractionCallbackRequest");
        AssertConforms(JsonSerializer.SerializeToNode(followUp, DiscordJsonContext.Default.WebhookMessageCreateRequest), "IncomingWebhookInteractionRequest");
    }

    [Fact]
    public void A_deferred_update_has_no_data()
    {
        var json = JsonSerializer.SerializeToNode(InteractionResponse.DeferredUpdate(), DiscordJsonContext.Default.InteractionResponse)!;

        Assert.Equal("""{"type":6}""", json.ToJsonString());
    }
}
