using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Control;

/// <summary>Attachment options: the file a member attaches is resolved in the interaction and served at a CDN-like URL.</summary>
public sealed class AttachmentTests
{
    [Fact]
    public async Task An_attached_file_is_resolved_in_the_interaction_and_its_bytes_are_served_without_a_token()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var content = "Wie sicher ist Europa?\nEine Diskussion."u8.ToArray();

        var invoking = sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("discussions")
        {
            Options = [new JsonObject
            {
                ["name"] = "add", ["type"] = 1,
                ["options"] = new JsonArray(InteractionRequest.AttachmentOption("file", "ankündigung.txt", content)),
            }],
        });
        var interaction = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });
        await invoking;
        var option = interaction["data"]!["options"]![0]!["options"]![0]!;
        var file = interaction["data"]!["resolved"]!["attachments"]![option["value"]!.GetValue<string>()]!;
        using var anonymous = new HttpClient();
        using var cdn = await anonymous.GetAsync(new Uri(file["url"]!.GetValue<string>()));
        using var proxy = await anonymous.GetAsync(new Uri(file["proxy_url"]!.GetValue<string>()));
        using var wrongName = await anonymous.GetAsync(new Uri(file["url"]!.GetValue<string>().Replace("ank%C3%BCndigung", "other", StringComparison.Ordinal)));

        Assert.Equal(11, option["type"]!.GetValue<int>());
        Assert.Null(option["attachment"]);
        Assert.Equal("ankündigung.txt", (string?)file["filename"]);
        Assert.Equal(content.Length, file["size"]!.GetValue<int>());
        Assert.Equal("text/plain; charset=utf-8", (string?)file["content_type"]);
        Assert.Empty(OpenApiSchemas.Instance.Check(file, "AttachmentResponse"));
        Assert.Equal(content, await cdn.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain", cdn.Content.Headers.ContentType!.MediaType);
        Assert.Equal(content.Length, cdn.Content.Headers.ContentLength);
        Assert.Equal(content, await proxy.Content.ReadAsByteArrayAsync());
        Assert.Equal(404, (int)wrongName.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_before_the_bot_hears_of_it()
    {
        await using var sandbox = await ScriptedBot.StartAsync(o => o.MaxAttachmentSize = 1024);

        var outcome = await sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("discussions")
        {
            Options = [InteractionRequest.AttachmentOption("file", "big.txt", new byte[1025])],
        });

        Assert.Equal(400, outcome.Status);
        Assert.Contains("upload limit", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_http_control_api_takes_a_file_as_base64_or_text()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        using var control = TestSandbox.Client(sandbox.Server, token: null);

        var invoking = control.PostAsync(new Uri("_sandbox/interactions", UriKind.Relative), TestSandbox.Json(new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["name"] = "discussions",
                ["options"] = new JsonArray(new JsonObject { ["name"] = "file", ["attachment"] = new JsonObject { ["filename"] = "a.md", ["content"] = "# Titel" } }),
            },
        }));
        var interaction = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });
        using var response = await invoking;
        var file = interaction["data"]!["resolved"]!["attachments"]!.AsObject().Single().Value!;
        using var anonymous = new HttpClient();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", (string?)file["content_type"]);
        Assert.Equal("# Titel", await anonymous.GetStringAsync(new Uri(file["url"]!.GetValue<string>())));
    }
}
