using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;

namespace NewsBot.Sandbox.Interactions;

/// <summary>
/// A message that components sit on: one in a channel's history, or an ephemeral reply or follow-up that only its
/// interaction (<see cref="EphemeralOwner"/>) holds and only that interaction's user sees. Reads and changes go through
/// here so they hold the locks the message store asks for.
/// </summary>
internal sealed record MessageRef(ulong ChannelId, string MessageId, SandboxInteraction? EphemeralOwner)
{
    /// <summary>
    /// The message <paramref name="userId"/> can see: in <paramref name="channelId"/> (or any channel of the guild), or
    /// an ephemeral message of an interaction that user invoked. Null when there is none.
    /// </summary>
    public static MessageRef? Find(SandboxState state, World.SandboxGuild guild, ulong? channelId, string messageId, ulong userId)
    {
        var channels = channelId is { } only ? [only] : guild.ChannelAndThreadIds;
        if (state.Messages.ChannelOf(messageId, channels) is { } found)
            return new MessageRef(found, messageId, null);
        if (state.Interactions.ByEphemeralMessage(messageId) is { } owner && owner.User.Id == userId && owner.GuildId == guild.Id
            && (channelId is null || channelId == owner.ChannelId))
            return new MessageRef(owner.ChannelId, messageId, owner);
        return null;
    }

    public bool IsEphemeral => EphemeralOwner is not null;

    /// <summary>The message as the bot would get it (a copy), or null once it is gone.</summary>
    public JsonObject? Snapshot(SandboxState state) => Change(state, null);

    /// <summary>Applies <paramref name="change"/> and returns the changed message as the bot would get it; null if it is gone.</summary>
    public JsonObject? Change(SandboxState state, Action<JsonObject>? change)
    {
        JsonObject? result = null;
        if (EphemeralOwner is { } owner)
        {
            lock (owner.Sync)
            {
                lock (state.Messages.Sync)
                {
                    if (Locate(owner) is { } message)
                    {
                        change?.Invoke(message.Node);
                        result = MessageFactory.Public(message);
                    }
                }
            }
            return result;
        }
        if (change is null)
            state.Messages.Update(ChannelId, MessageId, message => result = MessageFactory.Public(message), touch: false);
        else
            state.Messages.Update(ChannelId, MessageId, message =>
            {
                change(message.Node);
                result = MessageFactory.Public(message);
            });
        return result;
    }

    /// <summary>Removes the message; false when it was gone already.</summary>
    public bool Delete(SandboxState state)
    {
        if (EphemeralOwner is not { } owner)
            return state.Messages.Remove(ChannelId, MessageId);
        lock (owner.Sync)
        {
            lock (state.Messages.Sync)
            {
                if (Locate(owner) is not { } message)
                    return false;
                message.Node["deleted"] = true;
                return true;
            }
        }
    }

    private StoredMessage? Locate(SandboxInteraction owner)
    {
        if (owner.Original is { } original && original.Id == MessageId)
            return original.Node["deleted"] is null ? original : null;
        return owner.Followups.Find(m => m.Id == MessageId && m.Node["deleted"] is null);
    }
}
