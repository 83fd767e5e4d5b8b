using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;
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

    /// <summary>The command's name; for a component press or a modal submit, the custom id.</summary>
    public string CommandName { get; } = commandName;

    /// <summary>
    /// Component presses, and modal submits of a modal opened from one: the message the component is on. An update
    /// (callback 7), and after a deferred update (6) an edit of <c>@original</c>, change that message.
    /// </summary>
    public MessageRef? SourceMessage { get; init; }

    /// <summary>Modal submits: the interaction whose modal was submitted.</summary>
    public SandboxInteraction? ModalOf { get; init; }

    public Lock Sync { get; } = new();
    public bool Expired { get; set; }
    /// <summary>The callback body as UTF-8 JSON (never changed once set; outcomes share it).</summary>
    public byte[]? Callback { get; set; }

    public int CallbackType { get; set; }
    public StoredMessage? Original { get; set; }
    public List<StoredMessage> Followups { get; } = [];

    /// <summary>The modal shown with callback 9 (its <c>data</c>), until it is submitted.</summary>
    public JsonObject? Modal { get; set; }

    public bool ModalSubmitted { get; set; }

    /// <summary>Ids of this interaction's ephemeral messages (indexed so their components can be pressed).</summary>
    public List<string> EphemeralMessageIds { get; } = [];

    /// <summary>Completes when the bot posted its callback.</summary>
    public TaskCompletionSource Acknowledged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a deferred reply got its content (edit of @original or a follow-up).</summary>
    public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsAcknowledged => Callback is not null;

    /// <summary>Delivered to the bot's interactions URL: its initial response is the HTTP response.</summary>
    public bool OverHttp { get; set; }

    /// <summary>Completes when the HTTP response of an interaction delivered over HTTP has been read and taken (or failed).</summary>
    public TaskCompletionSource HttpAnswered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether <c>@original</c> is the component's message (after callback 6 or 7) rather than a reply of its own.</summary>
    public bool OriginalIsSource => SourceMessage is not null && CallbackType is 6 or 7;
}
