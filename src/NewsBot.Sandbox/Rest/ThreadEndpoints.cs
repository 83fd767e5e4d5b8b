using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// POST /channels/{channel.id}/messages/{message.id}/threads, as Discord documents it: a public thread (type 11; 10 in
/// an announcement channel) whose id is the message's, on a message that has none yet (else 400, 160004). Needs View
/// Channel and Create Public Threads in the channel; threads cannot be started inside threads (50024). Fires
/// THREAD_CREATE and a MESSAGE_UPDATE of the starter message, which now carries <c>thread</c> and the HAS_THREAD flag.
/// </summary>
internal static class ThreadEndpoints
{
    /// <summary>The auto-archive a thread gets when the request names none (the parent's default; one day here).</summary>
    private const int DefaultAutoArchive = 1440;
    private const int HasThreadFlag = 1 << 5;
    private static readonly int[] AutoArchiveDurations = [60, 1440, 4320, 10080];
    private static readonly Lock StartLock = new();

    public static ApiError ThreadAlreadyCreated => ApiError.Of(400, 160004, "A thread has already been created for this message");
    public static ApiError WrongChannelType => ApiError.Of(400, 50024, "Cannot execute action on this channel type");

    public static void Map(IEndpointRouteBuilder app, SandboxState state, string api) =>
        app.MapPost($"{api}/channels/{{channel_id}}/messages/{{message_id}}/threads", context => StartFromMessageAsync(context, state));

    private static async Task StartFromMessageAsync(HttpContext context, SandboxState state)
    {
        var (access, refusal) = ChannelAccess.Check(context, state);
        if (access is null)
        {
            await HttpJson.WriteAsync(context, refusal!);
            return;
        }
        var (guild, channel, _) = access;
        if (channel.IsThread || channel.Type is not (0 or 5))
        {
            await HttpJson.WriteAsync(context, WrongChannelType);
            return;
        }
        if (!access.Allows(SandboxPermissions.CreatePublicThreads))
        {
            await HttpJson.WriteAsync(context, ApiError.MissingPermissions);
            return;
        }
        if (await HttpJson.ReadAsync(context) is not JsonObject body)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return;
        }
        if (Validate(body) is { } invalid)
        {
            await HttpJson.WriteAsync(context, invalid);
            return;
        }
        var messageId = context.Request.RouteValues["message_id"] as string ?? "";
        if (!WireFormat.TryParseId(messageId, out var threadId))
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }

        SandboxChannel thread;
        JsonObject? starter = null;
        var refused = false;
        // One check-and-create at a time: two concurrent starts on one message make one thread and one 160004.
        lock (StartLock)
        {
            if (guild.Threads.ContainsKey(threadId))
                refused = true;
            thread = new SandboxChannel(threadId, guild.Id, body["name"]!.ToString(), 0, Type: channel.Type == 5 ? 10 : 11)
            {
                ParentId = channel.Id,
                OwnerId = state.World.BotUser.Id,
                AutoArchiveDuration = body["auto_archive_duration"] is JsonValue a && a.TryGetValue<int>(out var minutes) ? minutes : DefaultAutoArchive,
                RateLimitPerUser = body["rate_limit_per_user"] is JsonValue r && r.TryGetValue<int>(out var slow) ? slow : 0,
                CreatedAt = state.Time.GetUtcNow(),
            };
            if (!refused)
            {
                var threadJson = WorldJson.Channel(thread);
                var found = state.Messages.Update(channel.Id, messageId, stored =>
                {
                    var message = stored.Node;
                    message["thread"] = threadJson;
                    message["flags"] = (message["flags"] is JsonValue f && f.TryGetValue<int>(out var flags) ? flags : 0) | HasThreadFlag;
                    starter = MessageFactory.Public(message);
                });
                if (found)
                    guild.Threads[threadId] = thread;
            }
        }
        if (refused)
        {
            await HttpJson.WriteAsync(context, ThreadAlreadyCreated);
            return;
        }
        if (starter is null)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }
        var created = WorldJson.Channel(thread);
        var dispatched = (JsonObject)created.DeepClone();
        dispatched["newly_created"] = true;
        await state.Gateway.DispatchAsync(guild.Id, "THREAD_CREATE", dispatched, 1L << 0, context.RequestAborted);
        await state.Gateway.DispatchAsync(guild.Id, "MESSAGE_UPDATE", starter, 1L << 9, context.RequestAborted);
        await HttpJson.WriteAsync(context, 201, created);
    }

    private static ApiError? Validate(JsonObject body)
    {
        var errors = new FormErrors();
        errors.Length("name", MessageValidator.NullIfJsonNull(body["name"]), 1, 100, required: true);
        if (MessageValidator.NullIfJsonNull(body["auto_archive_duration"]) is { } archive
            && !(archive is JsonValue v && v.TryGetValue<int>(out var minutes) && AutoArchiveDurations.Contains(minutes)))
            errors.Add("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
        if (MessageValidator.NullIfJsonNull(body["rate_limit_per_user"]) is { } slow
            && !(slow is JsonValue s && s.TryGetValue<int>(out var seconds) && seconds is >= 0 and <= 21600))
            errors.Add("rate_limit_per_user", "NUMBER_TYPE_MAX", "int value should be between 0 and 21600.");
        return errors.Any ? ApiError.Form(errors) : null;
    }
}
