using System.Text;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Messages with files (multipart payload_json + files[n]) through the client against the sandbox.</summary>
public sealed class UploadIntegrationTests
{
    private static MessageCreateRequest Post(string? content) => new() { Content = content, AllowedMentions = AllowedMentions.None };

    [Fact]
    public async Task A_message_with_a_csv_file_arrives_with_the_file_as_its_attachment_served_by_the_cdn()
    {
        await using var bot = await SandboxBot.StartAsync(connectGateway: false);
        var channel = bot.ChannelId("general");
        var csv = Encoding.UTF8.GetBytes("id;frage\n1;\"Wie geht's?\"\n");

        var result = await bot.Rest.CreateMessageWithFilesAsync(channel, Post("Alle Fragen"),
            [new FileUpload("fragen.csv", csv, "text/csv", "Publikumsfragen")], CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var attachment = Assert.Single(result.Value!.Attachments!);
        Assert.Equal("fragen.csv", attachment.Filename);
        Assert.Equal(csv.Length, attachment.Size);
        Assert.Equal("Publikumsfragen", attachment.Description);
        using var http = new HttpClient();
        Assert.Equal(csv, await http.GetByteArrayAsync(new Uri(attachment.Url)));
        Assert.Equal("Alle Fragen", (string?)Assert.Single(bot.Sandbox.Control.Messages(channel))["content"]);
    }

    [Fact]
    public async Task A_file_alone_needs_no_text()
    {
        await using var bot = await SandboxBot.StartAsync(connectGateway: false);

        var result = await bot.Rest.CreateMessageWithFilesAsync(bot.ChannelId("general"), Post(null),
            [new FileUpload("a.txt", "x"u8.ToArray(), "text/plain")], CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task More_than_ten_files_or_more_than_ten_mebibytes_are_refused_before_sending()
    {
        await using var bot = await SandboxBot.StartAsync(connectGateway: false);
        var channel = bot.ChannelId("general");
        var eleven = Enumerable.Range(0, 11).Select(i => new FileUpload($"f{i}.txt", "x"u8.ToArray(), "text/plain")).ToList();
        var big = new FileUpload("big.bin", new byte[10 * 1024 * 1024 + 1]);

        var tooMany = await bot.Rest.CreateMessageWithFilesAsync(channel, Post("x"), eleven, CancellationToken.None);
        var tooBig = await bot.Rest.CreateMessageWithFilesAsync(channel, Post("x"), [big], CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, tooMany.Error?.Kind);
        Assert.Equal(DiscordErrorKind.Validation, tooBig.Error?.Kind);
        Assert.Empty(bot.Sandbox.Control.Messages(channel));
    }
}
