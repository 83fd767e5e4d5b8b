using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// <c>GET /channels/{id}/messages</c> as Discord documents it: <c>limit</c> 1–100 (default 50) and at most one of
/// <c>around</c>, <c>before</c>, <c>after</c> (message ids or snowflakes made from a time); the page comes newest first.
/// A message's <c>nonce</c> is not kept by Discord, so a listed message has none (only the create answer echoes it).
/// </summary>
internal sealed record MessageListQuery(int Limit, ulong? Around, ulong? Before, ulong? After)
{
    public static (MessageListQuery? Query, FormErrors? Errors) Read(HttpRequest request)
    {
        var errors = new FormErrors();
        var limit = 50;
        if (request.Query["limit"].ToString() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
            errors.Add("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 100.");
        var around = Id(request, "around", errors);
        var before = Id(request, "before", errors);
        var after = Id(request, "after", errors);
        return errors.Any ? (null, errors) : (new MessageListQuery(limit, around, before, after), null);
    }

    /// <summary>The page of <paramref name="oldestFirst"/> this query selects, newest first, without nonces.</summary>
    public JsonArray Page(IReadOnlyList<JsonObject> oldestFirst)
    {
        var ids = oldestFirst.Select(m => ulong.Parse(m["id"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToArray();
        IEnumerable<int> picked;
        if (After is { } after)
            picked = Enumerable.Range(0, ids.Length).Where(i => ids[i] > after).Take(Limit);
        else if (Before is { } before)
            picked = Enumerable.Range(0, ids.Length).Where(i => ids[i] < before).TakeLast(Limit);
        else if (Around is { } around)
        {
            var newer = Enumerable.Range(0, ids.Length).Where(i => ids[i] >= around).Take(Limit / 2 + Limit % 2);
            var older = Enumerable.Range(0, ids.Length).Where(i => ids[i] < around).TakeLast(Limit / 2);
            picked = older.Concat(newer);
        }
        else
            picked = Enumerable.Range(0, ids.Length).TakeLast(Limit);
        var page = new JsonArray();
        foreach (var i in picked.Reverse())
        {
            var message = MessageFactory.Public(oldestFirst[i]);
            message.Remove("nonce");
            page.Add((JsonNode)message);
        }
        return page;
    }

    private static ulong? Id(HttpRequest request, string name, FormErrors errors)
    {
        if (request.Query[name].ToString() is not { Length: > 0 } text)
            return null;
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return id;
        errors.Add(name, "NUMBER_TYPE_COERCE", $"Value \"{text}\" is not snowflake.");
        return null;
    }
}
