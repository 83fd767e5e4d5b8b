using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class UploadTests
{
    private static MultipartFormDataContent Form(string payload, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        var json = new StringContent(payload, Encoding.UTF8);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(json, "payload_json");
        for (var i = 0; i < files.Length; i++)
        {
            var file = new ByteArrayContent(files[i].Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, $"files[{i}]", files[i].Name);
        }
        return form;
    }

    [Fact]
    public async Task A_multipart_message_stores_each_file_as_an_attachment_described_by_payload_json()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        using var form = Form("""{"content":"Liste","attachments":[{"id":0,"filename":"fragen.csv","description":"Fragen"}]}""", ("upload.csv", "a;b\n"u8.ToArray()));

        using var response = await http.PostAsync(TestSandbox.ChannelPath(server, "general"), form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)response.StatusCode);
        var attachment = body["attachments"]![0]!;
        Assert.Equal("fragen.csv", attachment["filename"]!.GetValue<string>());
        Assert.Equal("Fragen", attachment["description"]!.GetValue<string>());
        Assert.Equal(4, attachment["size"]!.GetValue<int>());
        Assert.Null(attachment["ephemeral"]);
        var errors = OpenApiSchemas.Instance.Check(body, "MessageResponse");
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    [Fact]
    public async Task Files_over_the_upload_limit_get_413_with_40005()
    {
        await using var server = await TestSandbox.StartAsync(o => o.MaxUploadSize = 1000);
        using var http = TestSandbox.Client(server);
        using var form = Form("""{"content":"zu groß"}""", ("big.csv", new byte[1001]));

        using var response = await http.PostAsync(TestSandbox.ChannelPath(server, "general"), form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(413, (int)response.StatusCode);
        Assert.Equal(40005, body["code"]!.GetValue<int>());
        Assert.Empty(server.Control.Messages(server.World.DefaultGuild.Channel("general").Id));
    }
}
