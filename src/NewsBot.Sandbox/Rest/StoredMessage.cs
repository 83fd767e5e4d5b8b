using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// A message the sandbox keeps (in a channel, or as an interaction's reply or follow-up), held as the UTF-8 JSON it was
/// made as until something reads or changes its fields through <see cref="Node"/>. Most messages are only stored and
/// written out again (a reply under load), and then no node tree is built and no copy is written from one. Like every
/// message's JSON it is read and changed only under <see cref="MessageStore.Sync"/>.
/// </summary>
internal sealed class StoredMessage(string id, byte[] utf8)
{
    private byte[]? _utf8 = utf8;
    private JsonObject? _node;

    /// <summary>The message's id (it never changes).</summary>
    public string Id { get; } = id;

    /// <summary>The message's fields to read or change; from then on the message is held as these nodes.</summary>
    public JsonObject Node
    {
        get
        {
            if (_node is null)
            {
                _node = JsonNode.Parse(_utf8!) as JsonObject ?? throw new InvalidOperationException("A stored message is not a JSON object.");
                _utf8 = null;
            }
            return _node;
        }
    }

    /// <summary>The message as it is now, as UTF-8 JSON (the array is never changed and may be shared).</summary>
    public byte[] ToUtf8() => _utf8 ?? Utf8Json.Bytes(_node!);

    /// <summary>A copy of the message as nodes; changing it changes nothing here.</summary>
    public JsonObject Copy() => _utf8 is { } utf8 ? (JsonObject)JsonNode.Parse(utf8)! : (JsonObject)_node!.DeepClone();

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_utf8 is { } utf8)
            writer.WriteRawValue(utf8, skipInputValidation: true);
        else
            _node!.WriteTo(writer);
    }
}
