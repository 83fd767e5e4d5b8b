using System.Security.Cryptography;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Sandbox.Control;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Buttons, modals and attachment options between our client and the sandbox over real sockets.</summary>
public sealed class ComponentIntegrationTests
{
    private static ValueTask<InteractionResponse> Answer(InteractionResponse response) => ValueTask.FromResult(response);

    private static InteractionMessage Text(string content, bool ephemeral = false, IReadOnlyList<Component>? components = null) =>
        new() { Content = content, AllowedMentions = AllowedMentions.None, Ephemeral = ephemeral, Components = components };

    private static async Task<Message> PostAsync(SandboxBot bot, params Component[] rows)
    {
        var posted = await bot.Rest.CreateMessageAsync(bot.ChannelId("general"),
            new MessageCreateRequest { Content = "Frage: Wie sicher ist Europa?", AllowedMentions = AllowedMentions.None, Components = rows }, CancellationToken.None);
        Assert.True(posted.IsSuccess, posted.Error?.ToString());
        return posted.Value!;
    }

    private static Component VoteRow(string label = "Abstimmen") =>
        Component.ActionRow(Component.Button(ButtonStyle.Primary, label, "vote:42"), Component.LinkButton("Stream", "https://www.zdf.de/live"));

    [Fact]
    public async Task A_pressed_button_reaches_the_handler_with_its_custom_id_and_message_and_its_ephemeral_reply_comes_back()
    {
        await using var bot = await SandboxBot.StartAsync();
        var posted = await PostAsync(bot, VoteRow());
        bot.Handler.Reply = (interaction, _) => Answer(InteractionResponse.Message(Text($"Stimme für {interaction.Data!.CustomId} gezählt", ephemeral: true)));

        var outcome = await bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(posted.Id.Value, "vote:42"));

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(4, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal(64, (int)outcome.Callback!["data"]!["flags"]!);
        Assert.Equal("Stimme für vote:42 gezählt", (string?)outcome.Original!["content"]);
        var pressed = Assert.Single(bot.Handler.Received);
        Assert.Equal(InteractionType.MessageComponent, pressed.Type);
        Assert.Equal("vote:42", pressed.Data!.CustomId);
        Assert.Equal(ComponentType.Button, pressed.Data.ComponentType);
        Assert.Equal(posted.Id, pressed.Message!.Id);
        Assert.Equal("vote:42", pressed.Message.Components![0].Components![0].CustomId);
        Assert.Equal(bot.Sandbox.World.Viewer.Id, pressed.Invoker!.Id.Value);
        Assert.Equal([1, 2, 3], [posted.Components![0].Id!.Value, .. posted.Components[0].Components!.Select(c => c.Id!.Value)]);
        Assert.Single(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
    }

    [Fact]
    public async Task An_update_answer_edits_the_message_the_button_is_on()
    {
        await using var bot = await SandboxBot.StartAsync();
        var posted = await PostAsync(bot, VoteRow());
        bot.Handler.Reply = (_, _) => Answer(InteractionResponse.UpdateMessage(Text("Frage: Wie sicher ist Europa? (1 Stimme)", components: [VoteRow("Abstimmen (1)")])));

        var outcome = await bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(posted.Id.Value, "vote:42") { ChannelId = bot.ChannelId("general") });

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(7, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal(posted.Id.ToString(), (string?)outcome.Original!["id"]);
        var message = Assert.Single(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
        Assert.Equal("Frage: Wie sicher ist Europa? (1 Stimme)", (string?)message["content"]);
        Assert.Equal("Abstimmen (1)", (string?)message["components"]![0]!["components"]![0]!["label"]);
        Assert.NotNull(message["edited_timestamp"]);
    }

    [Fact]
    public async Task A_slow_handlers_update_follows_a_deferred_update_and_edits_the_buttons_message()
    {
        await using var bot = await SandboxBot.StartAsync(clientOptions: o => o.InteractionDeferAfter = TimeSpan.FromMilliseconds(200));
        var posted = await PostAsync(bot, VoteRow());
        bot.Handler.Reply = async (_, ct) =>
        {
            await bot.Requests.WaitForAsync("POST", "/callback").WaitAsync(ct);
            return InteractionResponse.UpdateMessage(Text("Gespeichert.", components: []));
        };

        var pressing = bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(posted.Id.Value, "vote:42"));
        await bot.Time.AdvanceToTimerAsync("InteractionDispatcher.AwaitWithinDeadlineAsync");
        var outcome = await pressing.WaitAsync(SandboxBot.Timeout);

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(6, SandboxBot.CallbackType(outcome.Callback));
        Assert.Equal("Gespeichert.", (string?)outcome.Original!["content"]);
        await bot.Requests.WaitForAsync("PATCH", "/messages/@original");
        Assert.Equal(1, bot.Requests.Count("PATCH", "/messages/@original", 200));
        var message = Assert.Single(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
        Assert.Equal("Gespeichert.", (string?)message["content"]);
        Assert.Empty(message["components"]!.AsArray());
    }

    [Fact]
    public async Task A_press_of_a_custom_id_the_message_does_not_have_is_refused_and_never_reaches_the_bot()
    {
        await using var bot = await SandboxBot.StartAsync();
        var posted = await PostAsync(bot, VoteRow());

        var unknown = await bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(posted.Id.Value, "vote:43"));
        var link = await bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(posted.Id.Value, "https://www.zdf.de/live"));

        Assert.Equal((400, 50035), (unknown.Status, unknown.ErrorCode));
        Assert.Equal(400, link.Status);
        Assert.Empty(bot.Handler.Received);
    }

    [Fact]
    public async Task A_command_shows_a_modal_and_its_submit_reaches_the_handler_with_the_typed_values()
    {
        await using var bot = await SandboxBot.StartAsync();
        bot.Handler.MayShowModal = interaction => interaction.Data?.Name == "discussions";
        bot.Handler.Reply = (interaction, _) => Answer(interaction.Type == InteractionType.ApplicationCommand
            ? InteractionResponse.Modal(new InteractionModal("paste:new", "Diskussion einfügen",
            [
                Component.ActionRow(Component.TextInput("text", "Ankündigung", TextInputStyle.Paragraph, minLength: 10)),
                Component.ActionRow(Component.TextInput("note", "Notiz", required: false)),
            ]))
            : InteractionResponse.Message(Text($"Gelesen: {interaction.Data!.SubmittedValue("text")!.Length} Zeichen", ephemeral: true)));
        var announcement = "Wie sicher ist Europa? Eine Diskussion mit Dr. Anna Beispiel.";

        var shown = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("discussions"));
        var submitted = await bot.Sandbox.Control.SubmitModalAsync(new ModalSubmitRequest(Snowflake.Parse(shown.InteractionId!).Value,
            new Dictionary<string, string> { ["text"] = announcement }));

        Assert.Equal(9, SandboxBot.CallbackType(shown.Callback));
        Assert.Equal("Diskussion einfügen", (string?)shown.Callback!["data"]!["title"]);
        Assert.True(submitted.Answered, submitted.Error);
        Assert.Equal($"Gelesen: {announcement.Length} Zeichen", (string?)submitted.Original!["content"]);
        var submit = bot.Handler.Received.Last();
        Assert.Equal(InteractionType.ModalSubmit, submit.Type);
        Assert.Equal("paste:new", submit.Data!.CustomId);
        Assert.Equal(new Dictionary<string, string> { ["text"] = announcement, ["note"] = "" }, submit.Data.SubmittedValues());
        Assert.Null(submit.Message);
    }

    [Fact]
    public async Task A_modal_opened_from_a_button_is_submitted_and_its_answer_updates_the_buttons_message()
    {
        await using var bot = await SandboxBot.StartAsync();
        var posted = await PostAsync(bot, VoteRow());
        bot.Handler.MayShowModal = interaction => interaction.Type == InteractionType.MessageComponent;
        bot.Handler.Reply = (interaction, _) => Answer(interaction.Type == InteractionType.MessageComponent
            ? InteractionResponse.Modal(new InteractionModal("ask:42", "Frage stellen", [Component.ActionRow(Component.TextInput("question", "Deine Frage", maxLength: 300))]))
            : InteractionResponse.UpdateMessage(Text($"Neue Frage: {interaction.Data!.SubmittedValue("question")}", components: [])));

        var shown = await bot.Sandbox.Control.PressButtonAsync(new ComponentRequest(posted.Id.Value, "vote:42"));
        var submitted = await bot.Sandbox.Control.SubmitModalAsync(new ModalSubmitRequest(Snowflake.Parse(shown.InteractionId!).Value,
            new Dictionary<string, string> { ["question"] = "Was kostet das?" }));

        Assert.Equal(9, SandboxBot.CallbackType(shown.Callback));
        Assert.True(submitted.Answered, submitted.Error);
        Assert.Equal(7, SandboxBot.CallbackType(submitted.Callback));
        Assert.Equal(posted.Id, bot.Handler.Received.Last().Message!.Id);
        Assert.Equal("Neue Frage: Was kostet das?", (string?)Assert.Single(bot.Sandbox.Control.Messages(bot.ChannelId("general")))["content"]);
    }

    [Fact]
    public async Task An_attachment_options_file_is_resolved_and_its_bytes_are_downloaded_within_the_cap()
    {
        await using var bot = await SandboxBot.StartAsync();
        var content = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Wie sicher ist Europa? ", 400)));
        byte[]? downloaded = null;
        DiscordError? refused = null;
        bot.Handler.Reply = async (interaction, ct) =>
        {
            var file = interaction.Data!.AttachmentOf(interaction.Data.Options![0])!;
            var result = await bot.Downloader.DownloadAsync(file, maxBytes: 256 * 1024, ct);
            downloaded = result.Value;
            refused = (await bot.Downloader.DownloadAsync(file, maxBytes: 1024, ct)).Error;
            return InteractionResponse.Message(Text($"{file.Filename}: {file.Size} bytes, {file.ContentType}", ephemeral: true));
        };

        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("discussions")
        {
            Options = [InteractionRequest.AttachmentOption("file", "ankündigung.txt", content)],
        });

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal($"ankündigung.txt: {content.Length} bytes, text/plain; charset=utf-8", (string?)outcome.Original!["content"]);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(downloaded!));
        Assert.Equal(DiscordErrorKind.Validation, refused!.Kind);
        var interaction = Assert.Single(bot.Handler.Received);
        Assert.Equal(ApplicationCommandOptionType.Attachment, interaction.Data!.Options![0].Type);
        Assert.StartsWith(bot.Sandbox.BaseUri.ToString(), interaction.Data.Resolved!.Attachments!.Values.Single().Url, StringComparison.Ordinal);
    }
}
