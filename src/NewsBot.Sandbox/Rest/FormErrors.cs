using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Rest;

/// <summary>Collects field errors in Discord's nested <c>errors</c> shape (<c>{"embeds":{"0":{"title":{"_errors":[…]}}}}</c>).</summary>
internal sealed class FormErrors
{
    // Made on the first error: most bodies have none.
    private JsonObject? _root;

    public bool Any => _root is { Count: > 0 };

    public void Add(string path, string code, string message)
    {
        JsonObject node = _root ??= [];
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node[segment] is not JsonObject child)
            {
                child = [];
                node[segment] = child;
            }
            node = child;
        }
        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }
        list.Add((JsonNode)new JsonObject { ["code"] = code, ["message"] = message });
    }

    public void Length(string path, JsonNode? value, int min, int max, bool required)
    {
        if (value is null)
        {
            if (required)
                Add(path, "BASE_TYPE_REQUIRED", "This field is required");
            return;
        }
        if (value is not JsonValue v || !JsonStringLength.TryGet(v, out var length))
        {
            Add(path, "BASE_TYPE_STRING", "Value must be a string.");
            return;
        }
        if (length < min || length > max)
        {
            if (min <= 0)
                Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
            else
                Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");
        }
    }

    public JsonObject ToBody() => new()
    {
        ["message"] = "Invalid Form Body",
        ["code"] = 50035,
        ["errors"] = _root?.DeepClone() ?? new JsonObject(),
    };
}
