using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;
using static NewsBot.Sandbox.Interactions.InteractionEndpoints;

namespace NewsBot.Sandbox.Interactions;

/// <summary>
/// The interaction token's webhooks for 15 minutes: follow-ups, and GET/PATCH/DELETE of <c>@original</c> and of
/// follow-ups. After a component's update or deferred update (6, 7) <c>@original</c> is the message the component is on.
/// </summary>
internal static class InteractionWebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state, string api)
    {
        var webhook = $"{api}/webhooks/{{application_id}}/{{webhook_token}}";
        app.MapPost(webhook, context => FollowupAsync(context, state));
        app.MapGet($"{webhook}/messages/{{message_id}}", context => GetMessageAsync(context, state));
        app.MapMethods($"{webhook}/messages/{{message_id}}", [HttpMethods.Patch], context => EditMessageAsync(context, state));
        app.MapDelete($"{webhook}/messages/{{message_id}}", context => DeleteMessageAsync(context, state));
    }

    /// <summary>
    /// The interaction of the token. One delivered over HTTP is looked at only once its HTTP response has been taken (at
    /// most the interaction deadline): a bot may send its edit the moment its response is written, before Discord read it.
    /// </summary>
    private static async Task<SandboxInteraction?> ByWebhookAsync(HttpContext context, SandboxState state)
    {
        var token = context.Request.RouteValues["webhook_token"] as string;
        var interaction = token is null ? null : state.Interactions.ByToken(token);
        if (interaction is null || HttpJson.RouteId(context, "application_id") != state.World.ApplicationId
            || state.Time.GetUtcNow() - interaction.CreatedAt > state.Options.InteractionTokenLifetime)
            return null;
        if (interaction.OverHttp && !interaction.HttpAnswered.Task.IsCompleted)
        {
            try
            {
                await interaction.HttpAnswered.Task.WaitAsync(state.Options.InteractionDeadline, state.Time, context.RequestAborted);
            }
            catch (TimeoutException)
            {
            }
        }
        return interaction;
    }

    private static async Task FollowupAsync(HttpContext context, SandboxState state)
    {
        if (await ByWebhookAsync(context, state) is not { IsAcknowledged: true } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        if (await MessageValidator.ReadValidAsync(context) is not { } body)
            return;
        JsonObject result;
        StoredMessage? created = null;
        lock (interaction.Sync)
        {
            lock (state.Messages.Sync)
            {
                if (interaction.Original?.Node is { } original && (FlagsOf(original) & Loading) != 0)
                {
                    // The first follow-up after "thinking…" fills that message, as on Discord.
                    MessageFactory.Apply(original, body);
                    original["flags"] = FlagsOf(original) & ~Loading;
                    MessageFactory.ResolveMentions(state, original, interaction.GuildId, MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject);
                    result = MessageFactory.Public(original);
                }
                else
                {
                    created = MessageFactory.Create(state, interaction.ChannelId, interaction.GuildId, body, type: 0, webhookId: state.World.ApplicationId);
                    interaction.Followups.Add(created);
                    result = MessageFactory.Public(created);
                }
            }
        }
        if (created is not null && !IsEphemeral(result))
            state.Messages.Add(interaction.ChannelId, created, state.World.BotUser.Id, null);
        else if (created is not null)
            state.Interactions.AddEphemeralMessage(interaction, created.Id);
        interaction.Settled.TrySetResult();
        state.Messages.Touch();
        await HttpJson.WriteAsync(context, 200, result);
    }

    /// <summary>Where a webhook message id points: the component's message (after 6/7), or a reply of the interaction's own.</summary>
    private static (MessageRef? Source, StoredMessage? Own) Target(SandboxInteraction interaction, string? messageId)
    {
        lock (interaction.Sync)
        {
            if (interaction.OriginalIsSource && (messageId == "@original" || messageId == interaction.SourceMessage!.MessageId))
                return (interaction.SourceMessage, null);
            if (messageId == "@original")
                return (null, interaction.Original);
            if (interaction.Original?.Id == messageId)
                return (null, interaction.Original);
            return (null, interaction.Followups.Find(m => m.Id == messageId));
        }
    }

    private static async Task GetMessageAsync(HttpContext context, SandboxState state)
    {
        if (await ByWebhookAsync(context, state) is not { } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        var (source, own) = Target(interaction, context.Request.RouteValues["message_id"] as string);
        JsonObject? message = null;
        if (source is not null)
            message = source.Snapshot(state);
        else if (own is not null)
        {
            lock (state.Messages.Sync)
                message = own.Node["deleted"] is null ? MessageFactory.Public(own) : null;
        }
        await (message is null ? HttpJson.WriteAsync(context, ApiError.UnknownMessage) : HttpJson.WriteAsync(context, 200, message));
    }

    private static async Task EditMessageAsync(HttpContext context, SandboxState state)
    {
        if (await ByWebhookAsync(context, state) is not { } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        if (await MessageValidator.ReadValidAsync(context, requireContent: false) is not { } body)
            return;
        var (source, own) = Target(interaction, context.Request.RouteValues["message_id"] as string);
        JsonObject? edited = null;
        if (source is not null)
        {
            edited = source.Change(state, message => ApplyEdit(state, message, body, interaction.GuildId));
            if (edited is not null && !source.IsEphemeral)
                await state.Gateway.DispatchAsync(interaction.GuildId, "MESSAGE_UPDATE", edited, 1L << 9, context.RequestAborted);
        }
        else if (own is not null)
        {
            lock (interaction.Sync)
            {
                lock (state.Messages.Sync)
                {
                    if (own.Node["deleted"] is null)
                    {
                        ApplyEdit(state, own.Node, body, interaction.GuildId);
                        edited = MessageFactory.Public(own);
                    }
                }
            }
        }
        if (edited is null)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }
        interaction.Settled.TrySetResult();
        state.Messages.Touch();
        await HttpJson.WriteAsync(context, 200, edited);
    }

    private static async Task DeleteMessageAsync(HttpContext context, SandboxState state)
    {
        if (await ByWebhookAsync(context, state) is not { } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        var (source, own) = Target(interaction, context.Request.RouteValues["message_id"] as string);
        var removed = false;
        if (source is not null)
            removed = source.Delete(state);
        else if (own is not null)
        {
            lock (interaction.Sync)
            {
                lock (state.Messages.Sync)
                {
                    removed = own.Node["deleted"] is null;
                    own.Node["deleted"] = true;
                }
            }
            if (removed && !IsEphemeralUnlocked(state, own))
                state.Messages.Remove(interaction.ChannelId, own.Id);
        }
        if (!removed)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }
        context.Response.StatusCode = 204;
    }

    private static bool IsEphemeralUnlocked(SandboxState state, StoredMessage message)
    {
        lock (state.Messages.Sync)
            return IsEphemeral(message.Node);
    }
}
