using NewsBot.Sandbox.Rest;

namespace NewsBot.Sandbox.Attachments;

/// <summary>
/// The sandbox's stand-in for Discord's CDN (<c>cdn.discordapp.com</c>) and media proxy: attachment bytes by channel,
/// id and file name, no token needed, as on Discord.
/// </summary>
internal static class CdnEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        foreach (var host in new[] { "cdn", "media" })
        {
            foreach (var folder in new[] { "ephemeral-attachments", "attachments" })
            {
                app.MapGet($"/_sandbox/{host}/{folder}/{{channel_id}}/{{attachment_id}}/{{filename}}", context => ServeAsync(context, state));
                app.MapMethods($"/_sandbox/{host}/{folder}/{{channel_id}}/{{attachment_id}}/{{filename}}", [HttpMethods.Head],
                    context => ServeAsync(context, state));
            }
        }
    }

    private static async Task ServeAsync(HttpContext context, SandboxState state)
    {
        var file = HttpJson.RouteId(context, "attachment_id") is { } id ? state.Attachments.Find(id) : null;
        if (file is null || HttpJson.RouteId(context, "channel_id") != file.ChannelId
            || context.Request.RouteValues["filename"] as string != file.Filename)
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("404: Not Found", context.RequestAborted);
            return;
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = file.ContentType ?? "application/octet-stream";
        context.Response.ContentLength = file.Bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
    }
}
