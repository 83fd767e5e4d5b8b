using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Sandbox.Control;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>
/// Every component and modal limit, refused by our client before anything is sent and, when the same body is sent
/// anyway, by the sandbox with Discord's 400 / 50035 and its nested errors at the same place.
/// </summary>
public sealed class ComponentLimitIntegrationTests
{
    private static Component Button(string customId, string label = "ok") => Component.Button(ButtonStyle.Primary, label, customId);

    private static Component Input(string customId = "t", string label = "Text") => Component.TextInput(customId, label);

    /// <summary>Broken components, with where Discord puts its error (a client path "[i]" is the sandbox's ".i").</summary>
    public static TheoryData<string, Component[], string> BrokenMessages => new()
    {
        { "six rows", [.. Enumerable.Range(0, 6).Select(r => Component.ActionRow(Button($"b{r}")))], "components" },
        { "six buttons in a row", [Component.ActionRow([.. Enumerable.Range(0, 6).Select(b => Button($"b{b}"))])], "components.0.components.5" },
        { "custom id of 101", [Component.ActionRow(Button(new string('c', 101)))], "components.0.components.0.custom_id" },
        { "empty custom id", [Component.ActionRow(Button(""))], "components.0.components.0.custom_id" },
        { "label of 81", [Component.ActionRow(Button("b", new string('l', 81)))], "components.0.components.0.label" },
        { "link without url", [Component.ActionRow(new Component { Type = ComponentType.Button, Style = 5, Label = "x" })], "components.0.components.0.url" },
        { "link with custom id", [Component.ActionRow(Component.LinkButton("x", "https://example.org") with { CustomId = "l" })], "components.0.components.0.custom_id" },
        { "button with url", [Component.ActionRow(Button("b") with { Url = "https://example.org" })], "components.0.components.0.url" },
        { "button without custom id", [Component.ActionRow(new Component { Type = ComponentType.Button, Style = 1, Label = "x" })], "components.0.components.0.custom_id" },
        { "duplicate custom id", [Component.ActionRow(Button("same")), Component.ActionRow(Button("same"))], "components.1.components.0.custom_id" },
    };

    [Theory]
    [MemberData(nameof(BrokenMessages))]
    public async Task A_message_breaking_a_component_limit_is_refused_by_the_client_and_by_the_sandbox(string broken, Component[] rows, string sandboxPath)
    {
        await using var bot = await SandboxBot.StartAsync(waitForGuild: false, connectGateway: false);
        var request = new MessageCreateRequest { Content = broken, AllowedMentions = AllowedMentions.None, Components = rows };
        var path = $"api/v10/channels/{bot.ChannelId("general")}/messages";

        var client = await bot.Rest.CreateMessageAsync(bot.ChannelId("general"), request, CancellationToken.None);
        var (status, body) = await SendRawAsync(bot, HttpMethod.Post, path, JsonSerializer.SerializeToNode(request, DiscordJsonContext.Default.MessageCreateRequest)!);

        Assert.Equal(DiscordErrorKind.Validation, client.Error!.Kind);
        Assert.Equal(0, bot.Requests.Count("POST", "/messages"));
        AssertFormError(status, body, sandboxPath);
        Assert.Empty(bot.Sandbox.Control.Messages(bot.ChannelId("general")));
    }

    [Fact]
    public async Task Every_modal_limit_is_refused_by_the_client_and_by_the_sandbox_and_a_valid_modal_then_shows()
    {
        await using var bot = await SandboxBot.StartAsync(sandboxOptions: o => o.InteractionDeadline = TimeSpan.FromMinutes(1));
        var release = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new TaskCompletionSource<Interaction>(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.MayShowModal = _ => true;
        bot.Handler.Reply = async (interaction, ct) =>
        {
            received.TrySetResult(interaction);
            return await release.Task.WaitAsync(ct);
        };
        var input = Input();
        (InteractionModal Modal, string Path)[] broken =
        [
            (new("m", "t", []), "data.components"),
            (new(new string('m', 101), "t", [Component.ActionRow(input)]), "data.custom_id"),
            (new("m", new string('t', 46), [Component.ActionRow(input)]), "data.title"),
            (new("m", "t", [.. Enumerable.Range(0, 6).Select(r => Component.ActionRow(Input($"i{r}")))]), "data.components"),
            (new("m", "t", [Component.ActionRow(Input("a"), Input("b"))]), "data.components.0"),
            (new("m", "t", [Component.ActionRow(input with { Label = new string('l', 46) })]), "data.components.0.components.0.label"),
            (new("m", "t", [Component.ActionRow(input with { CustomId = new string('c', 101) })]), "data.components.0.components.0.custom_id"),
            (new("m", "t", [Component.ActionRow(input with { Style = 3 })]), "data.components.0.components.0.style"),
            (new("m", "t", [Component.ActionRow(input with { MinLength = 4001 })]), "data.components.0.components.0.min_length"),
            (new("m", "t", [Component.ActionRow(input with { MaxLength = 4001 })]), "data.components.0.components.0.max_length"),
            (new("m", "t", [Component.ActionRow(input with { Value = new string('v', 4001) })]), "data.components.0.components.0.value"),
            (new("m", "t", [Component.ActionRow(input with { Placeholder = new string('p', 101) })]), "data.components.0.components.0.placeholder"),
            (new("m", "t", [Component.ActionRow(Input("same")), Component.ActionRow(Input("same"))]), "data.components.1.components.0.custom_id"),
        ];

        var invoking = bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("discussions"));
        var interaction = await received.Task.WaitAsync(SandboxBot.Timeout);
        var callback = $"api/v10/interactions/{interaction.Id}/{interaction.Token}/callback";
        foreach (var (modal, path) in broken)
        {
            var response = InteractionResponse.Modal(modal);
            var client = await bot.Rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, CancellationToken.None);
            var (status, body) = await SendRawAsync(bot, HttpMethod.Post, callback, JsonSerializer.SerializeToNode(response, DiscordJsonContext.Default.InteractionResponse)!);

            Assert.True(client.Error?.Kind == DiscordErrorKind.Validation, $"{path}: the client sent it");
            AssertFormError(status, body, path);
        }
        Assert.Equal(0, bot.Requests.Count("POST", "/callback"));
        release.SetResult(InteractionResponse.Modal(new InteractionModal("m", "t", [Component.ActionRow(input)])));
        var outcome = await invoking.WaitAsync(SandboxBot.Timeout);

        Assert.Equal(9, SandboxBot.CallbackType(outcome.Callback));
    }

    private static async Task<(int Status, JsonNode? Body)> SendRawAsync(SandboxBot bot, HttpMethod method, string path, JsonNode body)
    {
        using var http = new HttpClient { BaseAddress = bot.Sandbox.BaseUri, Timeout = SandboxBot.Timeout };
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", SandboxBot.Token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static void AssertFormError(int status, JsonNode? body, string path)
    {
        Assert.Equal(400, status);
        Assert.Equal(50035, (int)body!["code"]!);
        var node = body["errors"];
        foreach (var segment in path.Split('.'))
            node = node?[segment];
        Assert.True(node?["_errors"] is JsonArray { Count: > 0 }, $"no error at {path}: {body.ToJsonString()}");
    }
}
