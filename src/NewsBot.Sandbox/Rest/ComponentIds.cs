using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// Numbers a message's components as Discord does: every component without an <c>id</c> gets the next free integer
/// from 1, in document order (a row before its buttons), skipping ids the sender set itself.
/// </summary>
internal static class ComponentIds
{
    public static void Assign(JsonArray components)
    {
        var used = new HashSet<int>();
        foreach (var component in Walk(components))
        {
            if (component["id"] is JsonValue v && v.TryGetValue<int>(out var id))
                used.Add(id);
        }
        var next = 1;
        foreach (var component in Walk(components))
        {
            if (component["id"] is JsonValue v && v.TryGetValue<int>(out _))
                continue;
            while (used.Contains(next))
                next++;
            component["id"] = next;
            used.Add(next);
        }
    }

    private static IEnumerable<JsonObject> Walk(JsonArray components)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            yield return component;
            if (component["components"] is JsonArray children)
            {
                foreach (var child in Walk(children))
                    yield return child;
            }
            if (component["component"] is JsonObject single)
                yield return single;
        }
    }
}
