using System.Net.Http.Headers;
using System.Text.Json;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<RestResult<Message>> CreateMessageAsync(Snowflake channelId, MessageCreateRequest request, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{channelId}/messages", channelId.ToString());
        return SendAsync(route, request, DiscordJsonContext.Default.MessageCreateRequest, DiscordJsonContext.Default.Message,
            DiscordRequestValidator.Validate(request), retrySafe: request.IsIdempotent, cancellationToken);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> (1–100) messages of the channel after <paramref name="after"/> (a message id or a
    /// snowflake made from a time), newest first, as Discord returns them. Needs View Channel; without Read Message
    /// History the list is empty.
    /// </summary>
    public Task<RestResult<IReadOnlyList<Message>>> GetChannelMessagesAsync(Snowflake channelId, Snowflake after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        var route = new DiscordRoute(HttpMethod.Get, "channels/{channel_id}/messages",
            $"channels/{channelId}/messages?after={after}&limit={limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}", channelId.ToString());
        return SendAsync(route, DiscordJsonContext.Default.IReadOnlyListMessage, retrySafe: true, cancellationToken);
    }

    /// <summary>Retried after a transient fault: an edit sets the same state again.</summary>
    public Task<RestResult<Message>> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessageEditRequest request, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", $"channels/{channelId}/messages/{messageId}", channelId.ToString());
        var violations = DiscordRequestValidator.Validate(new InteractionMessage
        {
            Content = request.Content, Embeds = request.Embeds, Components = request.Components, AllowedMentions = request.AllowedMentions,
        });
        return SendAsync(route, request, DiscordJsonContext.Default.MessageEditRequest, DiscordJsonContext.Default.Message, violations, retrySafe: true, cancellationToken);
    }

    /// <summary>
    /// A message with files: <c>multipart/form-data</c> with the JSON in <c>payload_json</c> and file n in <c>files[n]</c>,
    /// described in the JSON's <c>attachments</c>. Checked against Discord's limits first (10 files, 10 MiB together).
    /// Retried after a transient fault only with an enforced nonce, as a plain message.
    /// </summary>
    public async Task<RestResult<Message>> CreateMessageWithFilesAsync(
        Snowflake channelId, MessageCreateRequest request, IReadOnlyList<FileUpload> files, CancellationToken cancellationToken)
    {
        var withAttachments = request with
        {
            Attachments = [.. files.Select((f, i) => new AttachmentReference(i, f.Filename, f.Description))],
        };
        var violations = DiscordRequestValidator.Validate(withAttachments, files);
        if (violations.Count > 0)
        {
            return RestResult<Message>.Failure(new DiscordError(
                DiscordErrorKind.Validation, $"Request breaks Discord limits: {string.Join("; ", violations)}", Violations: violations));
        }
        using var form = new MultipartFormDataContent();
        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(withAttachments, DiscordJsonContext.Default.MessageCreateRequest));
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(json, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content.ToArray());
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);
            form.Add(file, $"files[{i}]", files[i].Filename);
        }
        var body = await form.ReadAsByteArrayAsync(cancellationToken);
        var route = new DiscordRoute(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{channelId}/messages", channelId.ToString(),
            ContentType: form.Headers.ContentType!.ToString());
        return await SendCoreAsync(route, body, DiscordJsonContext.Default.Message, withAttachments.IsIdempotent, cancellationToken);
    }
}
