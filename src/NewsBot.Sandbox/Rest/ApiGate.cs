using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// Runs before every /api route: API version, bot authorization, injected REST faults, the global and per-route
/// rate limits, and the X-RateLimit-* headers.
/// </summary>
internal sealed class ApiGate(SandboxState state)
{
    private static readonly RateKey GlobalKey = new("global", "");
    private readonly ConcurrentDictionary<(string Method, string Pattern), RouteFacts> _routes = new();

    /// <summary>Checks /api requests; every other request goes straight on, without a state machine of its own.</summary>
    public Task InvokeAsync(HttpContext context, RequestDelegate next) =>
        context.Request.Path.Value is { } path && path.StartsWith("/api/", StringComparison.Ordinal)
            ? GateAsync(context, path, next)
            : next(context);

    private async Task GateAsync(HttpContext context, string path, RequestDelegate next)
    {
        if (!path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            await HttpJson.WriteAsync(context, ApiError.Of(400, 50041, "Invalid API version"));
            return;
        }
        var route = Route(context);
        if (route is not { TokenAuthenticated: true } && !IsAuthorized(context))
        {
            await HttpJson.WriteAsync(context, ApiError.Unauthorized);
            return;
        }
        if (state.Faults.Take() is { } fault)
        {
            await WriteFaultAsync(context, fault);
            return;
        }
        if (route is null)
        {
            await next(context);
            return;
        }
        if (!route.IsCallback)
        {
            var global = state.RateLimiter.Acquire(GlobalKey, state.Options.GlobalRateLimit, TimeSpan.FromSeconds(1));
            if (!global.Allowed)
            {
                await WriteTooManyAsync(context, global.ResetAfter, isGlobal: true, "global");
                return;
            }
        }
        var values = context.Request.RouteValues;
        var major = (values["channel_id"] ?? values["guild_id"] ?? values["interaction_token"] ?? values["webhook_token"]) as string ?? "";
        var (limit, window) = route switch
        {
            { IsMessagePost: true } => (state.Options.MessageRateLimit, state.Options.MessageRateWindow),
            { IsMessageEdit: true } => (state.Options.MessageEditRateLimit, state.Options.MessageEditRateWindow),
            _ => (state.Options.RouteRateLimit, state.Options.RouteRateWindow),
        };
        var decision = state.RateLimiter.Acquire(new RateKey(route.Hash, major), limit, window);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (decision.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = decision.ResetAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = route.Hash;
        if (!decision.Allowed)
        {
            state.CountRateLimited();
            await WriteTooManyAsync(context, decision.ResetAfter, isGlobal: false, "user");
            return;
        }
        await next(context);
    }

    private bool IsAuthorized(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bot ", StringComparison.Ordinal) && state.IsValidToken(header[4..]);
    }

    /// <summary>What the gate needs of the matched route (null when none matched), worked out once per method and route.</summary>
    private RouteFacts? Route(HttpContext context)
    {
        if ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is not { } pattern)
            return null;
        var method = context.Request.Method;
        return _routes.TryGetValue((method, pattern), out var known) ? known : _routes.GetOrAdd((method, pattern), RouteFacts.Of);
    }

    private static async Task WriteTooManyAsync(HttpContext context, TimeSpan retryAfter, bool isGlobal, string scope)
    {
        var seconds = Math.Max(0.001, retryAfter.TotalSeconds);
        var headers = context.Response.Headers;
        headers["Retry-After"] = Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = scope;
        if (isGlobal)
            headers["X-RateLimit-Global"] = "true";
        await HttpJson.WriteAsync(context, 429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(seconds, 3),
            ["global"] = isGlobal,
        });
    }

    private async Task WriteFaultAsync(HttpContext context, SandboxFault fault)
    {
        switch (fault.Kind)
        {
            case SandboxFaultKind.Rest429:
                var retry = TimeSpan.FromSeconds(fault.RetryAfterSeconds);
                var headers = context.Response.Headers;
                headers["X-RateLimit-Limit"] = "5";
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Reset"] = ((state.Time.GetUtcNow() + retry).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
                headers["X-RateLimit-Reset-After"] = retry.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
                headers["X-RateLimit-Bucket"] = "sandbox-fault";
                await WriteTooManyAsync(context, retry, isGlobal: false, "user");
                break;
            case SandboxFaultKind.Rest502:
                context.Response.StatusCode = 502;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>502 Bad Gateway</body></html>", context.RequestAborted);
                break;
            default:
                await HttpJson.WriteAsync(context, 500, new JsonObject { ["message"] = "500: Internal Server Error", ["code"] = 0 });
                break;
        }
    }
}
