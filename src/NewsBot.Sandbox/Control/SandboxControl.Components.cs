using System.Text.Json.Nodes;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Control;

/// <summary>A member pressing a button on a bot message, or submitting a modal the bot showed them.</summary>
public sealed partial class SandboxControl
{
    /// <summary>
    /// Presses a button as a member would: Discord sends the bot a component interaction (type 3) only for a custom id
    /// present, enabled and not a link on a message the member can see. Anything else is refused as Discord refuses
    /// the press (400, 50035 COMPONENT_VALIDATION_FAILED; 404 10008 for a message the member cannot see), and the bot
    /// gets nothing. Returns the bot's answer like <see cref="InvokeCommandAsync"/>; after an update (7) or a deferred
    /// update and its edit (6), <c>original</c> is the updated message.
    /// </summary>
    public async Task<InteractionOutcome> PressButtonAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var guild = request.GuildId is { } gid ? _state.World.FindGuild(gid) : _state.World.DefaultGuild;
        if (guild is null)
            return InteractionOutcome.Failed(404, "unknown guild");
        var userId = request.UserId ?? _state.World.Viewer.Id;
        var messageId = Wire.WireFormat.Id(request.MessageId);
        if (MessageRef.Find(_state, guild, request.ChannelId, messageId, userId) is not { } source
            || source.Snapshot(_state) is not { } message
            || guild.FindChannel(source.ChannelId) is not { } channel)
            return InteractionOutcome.Failed(404, "Unknown Message", errorCode: 10008);
        var member = InteractionFactory.Member(_state, guild, request.UserId, request.Username);
        if (request.Permissions is null && (guild.PermissionsIn(member, channel) & SandboxPermissions.ViewChannel) == 0)
            return InteractionOutcome.Failed(403, "Missing Access", errorCode: 50001);
        if (PressableButton(message, request.CustomId) is null)
            return InteractionOutcome.Failed(400, "Invalid Form Body: data: Component validation failed (COMPONENT_VALIDATION_FAILED)", errorCode: 50035);
        if (!_state.CanDeliverInteraction(guild.Id))
            return InteractionOutcome.Failed(503, NoBot);

        var data = new JsonObject { ["custom_id"] = request.CustomId, ["component_type"] = 2 };
        var (interaction, payload) = InteractionFactory.CreateFromMember(_state, 3, request.CustomId, data, message, source, modalOf: null,
            guild, channel, request.UserId, request.Username, request.Locale, request.Permissions);
        return await DispatchAndWaitAsync(guild.Id, interaction, payload, cancellationToken);
    }

    /// <summary>
    /// Submits the modal interaction <see cref="ModalSubmitRequest.InteractionId"/> showed, as its member would: the
    /// bot gets a modal submit (type 5) with each text input's value, and the component's message when the modal was
    /// opened from a button. The values are checked as Discord's client and API check them (required inputs, lengths,
    /// only the modal's inputs): a refusal is 400 (50035) and the bot gets nothing.
    /// </summary>
    public async Task<InteractionOutcome> SubmitModalAsync(ModalSubmitRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_state.Interactions.ById(request.InteractionId) is not { } shownBy
            || _state.Time.GetUtcNow() - shownBy.CreatedAt > _state.Options.InteractionTokenLifetime)
            return InteractionOutcome.Failed(404, "Unknown interaction", errorCode: 10062);
        if (request.UserId is { } user && user != shownBy.User.Id)
            return InteractionOutcome.Failed(403, "the modal was shown to another member");
        JsonObject modal;
        lock (shownBy.Sync)
        {
            if (shownBy.Modal is null || shownBy.CallbackType != 9)
                return InteractionOutcome.Failed(400, "that interaction did not show a modal");
            if (shownBy.ModalSubmitted)
                return InteractionOutcome.Failed(400, "that modal was submitted already");
            modal = shownBy.Modal;
        }
        if (ModalSubmission.Build(modal, request.Values) is not { } submitted)
            return InteractionOutcome.Failed(400, ModalSubmission.Problem(modal, request.Values), errorCode: 50035);
        lock (shownBy.Sync)
        {
            if (shownBy.ModalSubmitted)
                return InteractionOutcome.Failed(400, "that modal was submitted already");
            shownBy.ModalSubmitted = true;
        }
        var guild = _state.World.FindGuild(shownBy.GuildId)!;
        var channel = guild.FindChannel(shownBy.ChannelId)!;
        if (!_state.CanDeliverInteraction(guild.Id))
            return InteractionOutcome.Failed(503, NoBot);
        var message = shownBy.SourceMessage?.Snapshot(_state);
        var source = message is null ? null : shownBy.SourceMessage;
        var (interaction, payload) = InteractionFactory.CreateFromMember(_state, 5, submitted["custom_id"]!.ToString(), submitted, message, source,
            shownBy, guild, channel, shownBy.User.Id, shownBy.User.Username, request.Locale, permissionsOverride: null);
        return await DispatchAndWaitAsync(guild.Id, interaction, payload, cancellationToken);
    }

    /// <summary>The enabled, non-link button with <paramref name="customId"/> in the message's action rows, if any.</summary>
    private static JsonObject? PressableButton(JsonObject message, string customId)
    {
        foreach (var row in (message["components"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            foreach (var component in (row["components"] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                var disabled = component["disabled"] is JsonValue d && d.TryGetValue<bool>(out var off) && off;
                var link = component["style"] is JsonValue s && s.TryGetValue<int>(out var style) && style == 5;
                if (ComponentValidator.TypeOf(component) == 2 && component["custom_id"]?.ToString() == customId && !disabled && !link)
                    return component;
            }
        }
        return null;
    }
}
