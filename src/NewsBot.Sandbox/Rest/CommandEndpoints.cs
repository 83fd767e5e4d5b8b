using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>GET and bulk-overwrite PUT of global and guild application commands.</summary>
internal static class CommandEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state, string api)
    {
        app.MapGet($"{api}/applications/{{application_id}}/commands", context => ListAsync(context, state, guild: false));
        app.MapPut($"{api}/applications/{{application_id}}/commands", context => OverwriteAsync(context, state, guild: false));
        app.MapGet($"{api}/applications/{{application_id}}/guilds/{{guild_id}}/commands", context => ListAsync(context, state, guild: true));
        app.MapPut($"{api}/applications/{{application_id}}/guilds/{{guild_id}}/commands", context => OverwriteAsync(context, state, guild: true));
    }

    private static ApiError? Scope(HttpContext context, SandboxState state, bool guild, out ulong scope)
    {
        scope = 0;
        if (HttpJson.RouteId(context, "application_id") != state.World.ApplicationId)
            return ApiError.Of(403, 20012, "You are not authorized to perform this action on this application");
        if (!guild)
            return null;
        if (HttpJson.RouteId(context, "guild_id") is not { } id || state.World.FindGuild(id) is null)
            return ApiError.MissingAccess;
        scope = id;
        return null;
    }

    private static Task ListAsync(HttpContext context, SandboxState state, bool guild) =>
        Scope(context, state, guild, out var scope) is { } error
            ? HttpJson.WriteAsync(context, error)
            : HttpJson.WriteAsync(context, 200, state.Commands.List(scope));

    private static async Task OverwriteAsync(HttpContext context, SandboxState state, bool guild)
    {
        if (Scope(context, state, guild, out var scope) is { } error)
        {
            await HttpJson.WriteAsync(context, error);
            return;
        }
        var body = await HttpJson.ReadAsync(context);
        if (body is null)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return;
        }
        if (body is not JsonArray commands)
        {
            var errors = new FormErrors();
            errors.Add("", "BASE_TYPE_ARRAY", "Value must be an array.");
            await HttpJson.WriteAsync(context, ApiError.Form(errors));
            return;
        }
        var validation = new FormErrors();
        CommandValidator.ValidateList(commands, validation);
        if (validation.Any)
        {
            await HttpJson.WriteAsync(context, ApiError.Form(validation));
            return;
        }
        await HttpJson.WriteAsync(context, 200, state.Commands.Overwrite(scope, commands));
    }
}
