using System.Text.Json.Nodes;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Interactions;

/// <summary>One interaction the sandbox sent, and everything the bot answered to it.</summary>
internal sealed class SandboxInteraction(ulong id, string token, int type, ulong guildId, ulong channelId, DateTimeOffset createdAt,
    SandboxUser user, string commandName)
{
    public ulong Id { get; } = id;
    public string Token { get; } = token;
    public int Type { get; } = type;
    public ulong GuildId { get; } = guildId;
    public ulong ChannelId { get; } = channelId;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The user who invoked it (the member's user in a guild).</summary>
    public SandboxUser User { get; } = user;
    public string CommandName { get; } = commandName;

    public Lock Sync { get; } = new();
    public bool Expired { get; set; }
    /// <summary>The callback body as UTF-8 JSON (never changed once set; outcomes share it).</summary>
    public byte[]? Callback { get; set; }

    public int CallbackType { get; set; }
    public JsonObject? Original { get; set; }
    public List<JsonObject> Followups { get; } = [];

    /// <summary>Completes when the bot posted its callback.</summary>
    public TaskCompletionSource Acknowledged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a deferred reply got its content (edit of @original or a follow-up).</summary>
    public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsAcknowledged => Callback is not null;
}
