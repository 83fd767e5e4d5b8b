using System.Text.Json.Nodes;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>Guild scheduled events: list, create, get, modify.</summary>
internal static class ScheduledEventEndpoints
{
    private const long GuildScheduledEventsIntent = 1L << 16;

    public static void Map(IEndpointRouteBuilder app, SandboxState state, string api)
    {
        var route = $"{api}/guilds/{{guild_id}}/scheduled-events";
        app.MapGet(route, context => WithGuild(context, state, guild =>
            HttpJson.WriteAsync(context, 200, state.Events.List(guild.Id))));
        app.MapPost(route, context => WithGuild(context, state, guild => CreateAsync(context, state, guild)));
        app.MapGet($"{route}/{{event_id}}", context => WithGuild(context, state, guild =>
            HttpJson.RouteId(context, "event_id") is { } id && state.Events.Find(guild.Id, id) is { } found
                ? HttpJson.WriteAsync(context, 200, found)
                : HttpJson.WriteAsync(context, ApiError.UnknownEvent)));
        app.MapMethods($"{route}/{{event_id}}", [HttpMethods.Patch], context => WithGuild(context, state, guild => ModifyAsync(context, state, guild)));
    }

    private static Task WithGuild(HttpContext context, SandboxState state, Func<SandboxGuild, Task> action) =>
        HttpJson.RouteId(context, "guild_id") is { } id && state.World.FindGuild(id) is { } guild
            ? action(guild)
            : HttpJson.WriteAsync(context, ApiError.UnknownGuild);

    private static bool MayManageEvents(SandboxState state, SandboxGuild guild) =>
        (guild.BasePermissions(state.World.BotMember(guild)) & (SandboxPermissions.ManageEvents | SandboxPermissions.CreateEvents)) != 0;

    private static async Task CreateAsync(HttpContext context, SandboxState state, SandboxGuild guild)
    {
        if (!MayManageEvents(state, guild))
        {
            await HttpJson.WriteAsync(context, ApiError.MissingPermissions);
            return;
        }
        if (await HttpJson.ReadAsync(context) is not JsonObject body)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return;
        }
        var (created, error) = state.Events.Create(guild.Id, body);
        if (error is not null)
        {
            await HttpJson.WriteAsync(context, error);
            return;
        }
        await state.Gateway.DispatchAsync(guild.Id, "GUILD_SCHEDULED_EVENT_CREATE", created!, GuildScheduledEventsIntent, context.RequestAborted);
        await HttpJson.WriteAsync(context, 200, created);
    }

    private static async Task ModifyAsync(HttpContext context, SandboxState state, SandboxGuild guild)
    {
        if (!MayManageEvents(state, guild))
        {
            await HttpJson.WriteAsync(context, ApiError.MissingPermissions);
            return;
        }
        if (HttpJson.RouteId(context, "event_id") is not { } id)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownEvent);
            return;
        }
        if (await HttpJson.ReadAsync(context) is not JsonObject body)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return;
        }
        var (updated, error) = state.Events.Modify(guild.Id, id, body);
        if (error is not null)
        {
            await HttpJson.WriteAsync(context, error);
            return;
        }
        await state.Gateway.DispatchAsync(guild.Id, "GUILD_SCHEDULED_EVENT_UPDATE", updated!, GuildScheduledEventsIntent, context.RequestAborted);
        await HttpJson.WriteAsync(context, 200, updated);
    }
}
