using System.Text.Json.Nodes;
using NewsBot.Sandbox.Attachments;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Control;

/// <summary>
/// The control API for tests and tools: trigger interactions (commands, button presses, modal submits), read what the
/// bot posted, inject faults.
/// </summary>
public sealed partial class SandboxControl
{
    private readonly SandboxState _state;

    internal SandboxControl(SandboxState state) => _state = state;

    public SandboxWorld World => _state.World;

    /// <summary>
    /// Sends an interaction to the bot's session for the guild and returns its answer: after the callback, or for a
    /// deferred reply after the edit of the original (at most <see cref="SandboxOptions.DeferredReplyWait"/>).
    /// </summary>
    public async Task<InteractionOutcome> InvokeCommandAsync(InteractionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var guild = request.GuildId is { } gid ? _state.World.FindGuild(gid) : _state.World.DefaultGuild;
        if (guild is null)
            return InteractionOutcome.Failed(404, "unknown guild");
        var channel = request.ChannelId is { } cid ? guild.FindChannel(cid) : guild.Channels[0];
        if (channel is null)
            return InteractionOutcome.Failed(404, "unknown channel in this guild");
        if (!_state.CanDeliverInteraction(guild.Id))
            return InteractionOutcome.Failed(503, NoBot);
        if (request.Options is { } options && AttachmentUploads.Any(options))
        {
            var (stored, error) = AttachmentUploads.Store(_state, options, channel.Id);
            if (stored is null)
                return InteractionOutcome.Failed(400, error!);
            request = request with { Options = stored };
        }

        var (interaction, payload) = InteractionFactory.Create(_state, request, guild, channel);
        return await DispatchAndWaitAsync(guild.Id, interaction, payload, cancellationToken);
    }

    private const string NoBot = "no bot session is connected for the shard of this guild, and no interactions URL is set";

    /// <summary>
    /// Sends an interaction to the bot — to its interactions URL when one is set, else to its gateway session for the
    /// guild — and returns its answer: after the callback (or the HTTP response), or after a deferral (5, or a
    /// component's 6) once the reply or edit came (at most <see cref="SandboxOptions.DeferredReplyWait"/>).
    /// </summary>
    private async Task<InteractionOutcome> DispatchAndWaitAsync(ulong guildId, SandboxInteraction interaction, byte[] payload, CancellationToken cancellationToken)
    {
        _state.Interactions.Add(interaction);
        var deadline = _state.Time.GetTimestamp();
        if (_state.HttpInteractions.Url is { } url)
        {
            if (await DeliverOverHttpAsync(url, interaction, payload, cancellationToken) is { } failed)
                return failed;
        }
        else
            await _state.Gateway.DispatchAsync(guildId, "INTERACTION_CREATE", payload, 0, cancellationToken);
        // WaitAsync drops its timer as soon as the callback arrives; a bare Task.Delay kept one alive per interaction
        // for the whole deadline.
        await WaitQuietlyAsync(interaction.Acknowledged.Task, _state.Options.InteractionDeadline - _state.Time.GetElapsedTime(deadline), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        lock (interaction.Sync)
        {
            if (!interaction.IsAcknowledged)
            {
                interaction.Expired = true;
                return InteractionOutcome.Failed(504, "the bot did not acknowledge the interaction within the deadline", WireFormat.Id(interaction.Id));
            }
        }
        if (interaction.CallbackType is 5 or 6)
            await WaitQuietlyAsync(interaction.Settled.Task, _state.Options.DeferredReplyWait, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return Snapshot(interaction);
    }

    /// <summary>Waits for <paramref name="task"/> at most <paramref name="timeout"/> (on the sandbox's clock); never throws for the timeout.</summary>
    private async Task WaitQuietlyAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (task.IsCompleted)
            return;
        try
        {
            await task.WaitAsync(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero, _state.Time, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The state of an interaction sent earlier (null if unknown).</summary>
    public InteractionOutcome? Interaction(ulong interactionId) =>
        _state.Interactions.ById(interactionId) is { } interaction ? Snapshot(interaction) : null;

    /// <summary>
    /// The outcome as UTF-8 snapshots, taken under the interaction's lock and the message lock (follow-ups and edits may
    /// still change it). After a component's update (6, 7) the original is the component's message.
    /// </summary>
    private InteractionOutcome Snapshot(SandboxInteraction interaction)
    {
        byte[]? source = null;
        if (interaction.OriginalIsSource && interaction.SourceMessage!.Snapshot(_state) is { } updated)
            source = Utf8Json.Bytes(updated);
        lock (interaction.Sync)
        {
            lock (_state.Messages.Sync)
            {
                return InteractionOutcome.FromSnapshots(
                    interaction.IsAcknowledged ? 200 : 504,
                    WireFormat.Id(interaction.Id),
                    interaction.Callback,
                    interaction.Followups.Count == 0 ? null : Utf8Json.Write(interaction.Followups, WriteArray),
                    source ?? interaction.Original?.ToUtf8(),
                    interaction.IsAcknowledged ? null : "not acknowledged");
            }
        }
    }

    private static void WriteArray(System.Text.Json.Utf8JsonWriter writer, List<StoredMessage> messages)
    {
        writer.WriteStartArray();
        foreach (var message in messages)
            message.WriteTo(writer);
        writer.WriteEndArray();
    }

    /// <summary>Messages visible in a channel, oldest first (the bot's posts, non-ephemeral replies and follow-ups).</summary>
    public IReadOnlyList<JsonObject> Messages(ulong channelId) => _state.Messages.List(channelId);

    /// <summary>Waits until the channel holds at least <paramref name="count"/> messages or the timeout passes; returns what is there.</summary>
    public Task<IReadOnlyList<JsonObject>> WaitForMessagesAsync(ulong channelId, int count, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _state.Messages.WaitForAsync(channelId, count, timeout, cancellationToken);

    /// <summary>Registered commands; guild 0 means global.</summary>
    public JsonArray Commands(ulong guildId = 0) => _state.Commands.List(guildId);

    public IReadOnlyDictionary<ulong, JsonArray> AllCommands() => _state.Commands.All();

    public JsonArray ScheduledEvents(ulong guildId) => _state.Events.List(guildId);

    /// <summary>True when a gateway session (identified, connected or resumable) covers the guild.</summary>
    public bool HasBotSession(ulong guildId) => _state.Gateway.HasSessionFor(guildId);

    /// <summary>Waits until a connected gateway session covers the guild (default: the default guild).</summary>
    public async Task<bool> WaitForBotAsync(TimeSpan timeout, ulong? guildId = null, CancellationToken cancellationToken = default)
    {
        var id = guildId ?? _state.World.DefaultGuild.Id;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (!_state.Gateway.HasConnectedSessionFor(id))
        {
            try
            {
                await _state.Gateway.SessionsChanged.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return _state.Gateway.HasConnectedSessionFor(id);
            }
        }
        return true;
    }

    /// <summary>Gateway connections accepted so far: shows whether a bot reconnects, and how often.</summary>
    public int GatewayConnectionCount => _state.Gateway.ConnectionsAccepted;

    /// <summary>IDENTIFYs that started a session so far.</summary>
    public int IdentifyCount => _state.Identifies;

    /// <summary>IDENTIFYs answered with INVALID_SESSION for coming too fast (one per concurrency bucket per 5 s).</summary>
    public int RefusedIdentifyCount => _state.RefusedIdentifies;

    /// <summary>Requests a route's rate limit answered with 429 (injected faults not counted).</summary>
    public int RateLimitedCount => _state.RateLimited;

    /// <summary>When each edit of a message in the channel was accepted, in order.</summary>
    public IReadOnlyList<DateTimeOffset> MessageEdits(ulong channelId) =>
        _state.Edits.TryGetValue(channelId, out var edits) ? [.. edits] : [];

    public JsonArray Sessions() =>
    [
        .. _state.Gateway.Sessions.Select(s => (JsonNode)new JsonObject
        {
            ["session_id"] = s.Id,
            ["shard"] = new JsonArray(s.ShardId, s.ShardCount),
            ["intents"] = s.Intents,
            ["seq"] = s.Sequence,
            ["connected"] = s.Connection is not null,
        }),
    ];

    public async Task InjectFaultAsync(SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        switch (fault.Kind)
        {
            case SandboxFaultKind.DropConnection:
                _state.Gateway.Faults.DropConnections();
                break;
            case SandboxFaultKind.Reconnect:
                await _state.Gateway.Faults.SendReconnectAsync();
                break;
            case SandboxFaultKind.InvalidSession:
                await _state.Gateway.Faults.SendInvalidSessionAsync(fault.Resumable);
                break;
            case SandboxFaultKind.StopHeartbeatAck:
                _state.Gateway.Faults.StopHeartbeatAcks();
                break;
            case SandboxFaultKind.RequestHeartbeat:
                await _state.Gateway.Faults.RequestHeartbeatAsync();
                break;
            default:
                _state.Faults.Add(fault);
                break;
        }
    }

    /// <summary>The world as JSON: application, bot user, guilds with channels, roles and members.</summary>
    public JsonObject WorldJson()
    {
        var guilds = new JsonArray();
        foreach (var guild in _state.World.Guilds)
        {
            var json = Wire.WorldJson.Guild(guild);
            json["channels"] = Wire.WorldJson.Channels(guild);
            json["members"] = new JsonArray([.. guild.Members.Select(m => (JsonNode)Wire.WorldJson.Member(m))]);
            guilds.Add((JsonNode)json);
        }
        return new JsonObject
        {
            ["application"] = new JsonObject { ["id"] = WireFormat.Id(_state.World.ApplicationId), ["name"] = _state.World.ApplicationName },
            ["bot"] = Wire.WorldJson.User(_state.World.BotUser),
            ["guilds"] = guilds,
        };
    }
}
