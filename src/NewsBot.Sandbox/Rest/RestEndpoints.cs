using System.Text.Json.Nodes;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>Discord's REST routes under /api/v10 that a slash-command bot uses.</summary>
internal static class RestEndpoints
{
    private const string Api = "/api/v10";

    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapGet($"{Api}/gateway", context => HttpJson.WriteAsync(context, 200, new JsonObject { ["url"] = state.GatewayUrl }));
        app.MapGet($"{Api}/gateway/bot", context => HttpJson.WriteAsync(context, 200, new JsonObject
        {
            ["url"] = state.GatewayUrl,
            ["shards"] = state.Options.RecommendedShards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = 1000,
                ["remaining"] = Math.Max(0, 1000 - state.Identifies),
                ["reset_after"] = 86_400_000,
                ["max_concurrency"] = state.Options.MaxConcurrency,
            },
        }));
        app.MapGet($"{Api}/users/@me", context =>
        {
            var user = WorldJson.User(state.World.BotUser);
            user["verified"] = true;
            user["mfa_enabled"] = false;
            user["locale"] = "en-US";
            user["email"] = null;
            return HttpJson.WriteAsync(context, 200, user);
        });
        app.MapGet($"{Api}/applications/@me", context => HttpJson.WriteAsync(context, 200, Application(state)));
        app.MapGet($"{Api}/oauth2/applications/@me", context => HttpJson.WriteAsync(context, 200, Application(state)));
        app.MapGet($"{Api}/guilds/{{guild_id}}", context => WithGuild(context, state, g => HttpJson.WriteAsync(context, 200, WorldJson.Guild(g))));
        app.MapGet($"{Api}/guilds/{{guild_id}}/channels", context => WithGuild(context, state, g => HttpJson.WriteAsync(context, 200, WorldJson.Channels(g))));
        app.MapGet($"{Api}/guilds/{{guild_id}}/roles", context => WithGuild(context, state, g => HttpJson.WriteAsync(context, 200, WorldJson.Roles(g))));
        app.MapGet($"{Api}/guilds/{{guild_id}}/members/{{user_id}}", context => WithGuild(context, state, g =>
            HttpJson.RouteId(context, "user_id") is { } uid && g.FindMember(uid) is { } member
                ? HttpJson.WriteAsync(context, 200, WorldJson.Member(member))
                : HttpJson.WriteAsync(context, ApiError.Of(404, 10007, "Unknown Member"))));
        app.MapGet($"{Api}/channels/{{channel_id}}", context =>
            ChannelAccess.Find(context, state) is { } channel
                ? HttpJson.WriteAsync(context, 200, WorldJson.Channel(channel))
                : HttpJson.WriteAsync(context, ApiError.UnknownChannel));
        app.MapGet($"{Api}/channels/{{channel_id}}/messages", context => ListMessagesAsync(context, state));
        app.MapPost($"{Api}/channels/{{channel_id}}/messages", context => CreateMessageAsync(context, state));
        app.MapGet($"{Api}/channels/{{channel_id}}/messages/{{message_id}}", context => GetMessageAsync(context, state));
        app.MapMethods($"{Api}/channels/{{channel_id}}/messages/{{message_id}}", [HttpMethods.Patch], context => EditMessageAsync(context, state));
        app.MapDelete($"{Api}/channels/{{channel_id}}/messages/{{message_id}}", context => DeleteMessageAsync(context, state));
        CommandEndpoints.Map(app, state, Api);
        ScheduledEventEndpoints.Map(app, state, Api);
        ThreadEndpoints.Map(app, state, Api);
        InteractionEndpoints.Map(app, state, Api);
        app.Map("/api/{**rest}", context => HttpJson.WriteAsync(context, ApiError.NotFound));
    }

    private static JsonObject Application(SandboxState state) => new()
    {
        ["id"] = WireFormat.Id(state.World.ApplicationId),
        ["name"] = state.World.ApplicationName,
        ["icon"] = null,
        ["description"] = "NewsBot in the local sandbox",
        ["summary"] = "",
        ["type"] = null,
        ["bot_public"] = true,
        ["bot_require_code_grant"] = false,
        ["verify_key"] = "0000000000000000000000000000000000000000000000000000000000000000",
        ["flags"] = 0,
        ["flags_new"] = "0",
        ["role_connections_verification_url"] = null,
        ["approximate_user_install_count"] = 0,
        ["approximate_user_authorization_count"] = 0,
        ["explicit_content_filter"] = 0,
        ["eligible_oauth2_scopes"] = new JsonArray("applications.commands", "bot"),
        ["bot"] = WorldJson.User(state.World.BotUser),
        ["owner"] = WorldJson.User(state.World.Owner),
        ["team"] = null,
        ["approximate_guild_count"] = state.World.Guilds.Count,
        ["redirect_uris"] = new JsonArray(),
        ["interactions_endpoint_url"] = null,
        ["tags"] = new JsonArray(),
    };

    private static Task WithGuild(HttpContext context, SandboxState state, Func<SandboxGuild, Task> action) =>
        HttpJson.RouteId(context, "guild_id") is { } id && state.World.FindGuild(id) is { } guild
            ? action(guild)
            : HttpJson.WriteAsync(context, ApiError.UnknownGuild);

    private static Task ListMessagesAsync(HttpContext context, SandboxState state)
    {
        var (access, refusal) = ChannelAccess.Check(context, state);
        if (access is null)
            return HttpJson.WriteAsync(context, refusal!);
        var (query, errors) = MessageListQuery.Read(context.Request);
        if (query is null)
            return HttpJson.WriteAsync(context, ApiError.Form(errors!));
        // Without Read Message History Discord answers with an empty list, not an error.
        if (!access.Allows(SandboxPermissions.ReadMessageHistory))
            return HttpJson.WriteAsync(context, 200, new JsonArray());
        return HttpJson.WriteAsync(context, 200, query.Page(state.Messages.List(access.Channel.Id)));
    }

    private static async Task CreateMessageAsync(HttpContext context, SandboxState state)
    {
        var (access, refusal) = ChannelAccess.Check(context, state);
        if (access is null)
        {
            await HttpJson.WriteAsync(context, refusal!);
            return;
        }
        var (guild, channel, _) = access;
        var id = channel.Id;
        // In a thread, Send Messages in Threads stands in for Send Messages (checked on the parent).
        if (!access.Allows(channel.IsThread ? SandboxPermissions.SendMessagesInThreads : SandboxPermissions.SendMessages))
        {
            await HttpJson.WriteAsync(context, ApiError.MissingPermissions);
            return;
        }
        JsonObject body;
        if (Attachments.MessageUploads.IsMultipart(context))
        {
            if (!access.Allows(SandboxPermissions.AttachFiles))
            {
                await HttpJson.WriteAsync(context, ApiError.MissingPermissions);
                return;
            }
            var (uploaded, error) = await Attachments.MessageUploads.ReadAsync(context, state, id);
            if ((error ?? MessageValidator.Validate(uploaded!)) is { } refused)
            {
                await HttpJson.WriteAsync(context, refused);
                return;
            }
            body = uploaded!;
        }
        else if (await MessageValidator.ReadValidAsync(context) is { } json)
            body = json;
        else
            return;
        var nonce = MessageFactory.NonceText(body["nonce"]);
        var enforce = body["enforce_nonce"] is JsonValue e && e.TryGetValue<bool>(out var flag) && flag;
        if (enforce && nonce is not null && state.Messages.FindByNonce(state.World.BotUser.Id, nonce) is { } existing)
        {
            await HttpJson.WriteAsync(context, 200, MessageFactory.Public(existing));
            return;
        }
        var message = MessageFactory.Create(state, id, guild.Id, body);
        state.Messages.Add(id, message, state.World.BotUser.Id, enforce ? nonce : null);
        if (channel.IsThread)
            channel.CountMessage();
        await state.Gateway.DispatchAsync(guild.Id, "MESSAGE_CREATE", MessageFactory.Public(message), 1L << 9, context.RequestAborted);
        await HttpJson.WriteAsync(context, 200, MessageFactory.Public(message));
    }

    private static Task GetMessageAsync(HttpContext context, SandboxState state)
    {
        if (ChannelAccess.Find(context, state) is not { } channel)
            return HttpJson.WriteAsync(context, ApiError.UnknownChannel);
        var messageId = context.Request.RouteValues["message_id"] as string;
        var message = state.Messages.List(channel.Id).FirstOrDefault(m => m["id"]?.ToString() == messageId);
        return message is null
            ? HttpJson.WriteAsync(context, ApiError.UnknownMessage)
            : HttpJson.WriteAsync(context, 200, MessageFactory.Public(message));
    }

    private static async Task EditMessageAsync(HttpContext context, SandboxState state)
    {
        if (ChannelAccess.Find(context, state) is not { } channel)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownChannel);
            return;
        }
        var id = channel.Id;
        if (await MessageValidator.ReadValidAsync(context, requireContent: false) is not { } body)
            return;
        JsonObject? edited = null;
        var found = state.Messages.Update(id, context.Request.RouteValues["message_id"] as string ?? "", stored =>
        {
            var message = stored.Node;
            if (message["author"]?["id"]?.ToString() != WireFormat.Id(state.World.BotUser.Id))
                return;
            MessageFactory.Apply(message, body);
            message["edited_timestamp"] = WireFormat.Timestamp(state.Time.GetUtcNow());
            MessageFactory.ResolveMentions(state, message, channel.GuildId, MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject);
            if (body["allowed_mentions"] is JsonObject mentions)
                message[MessageFactory.SandboxAllowedMentions] = mentions.DeepClone();
            edited = MessageFactory.Public(message);
        });
        if (!found)
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
        else if (edited is null)
            await HttpJson.WriteAsync(context, ApiError.Of(403, 50005, "Cannot edit a message authored by another user"));
        else
        {
            state.Edits.GetOrAdd(id, _ => new()).Enqueue(state.Time.GetUtcNow());
            await state.Gateway.DispatchAsync(channel.GuildId, "MESSAGE_UPDATE", edited, 1L << 9, context.RequestAborted);
            await HttpJson.WriteAsync(context, 200, edited);
        }
    }

    private static async Task DeleteMessageAsync(HttpContext context, SandboxState state)
    {
        if (ChannelAccess.Find(context, state) is not { } channel)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownChannel);
            return;
        }
        if (!state.Messages.Remove(channel.Id, context.Request.RouteValues["message_id"] as string ?? ""))
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }
        context.Response.StatusCode = 204;
    }
}
