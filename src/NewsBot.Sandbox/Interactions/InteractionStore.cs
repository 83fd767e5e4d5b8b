using System.Collections.Concurrent;

namespace NewsBot.Sandbox.Interactions;

/// <summary>
/// Interactions by id and by token, retained boundedly: an interaction is forgotten once its token has expired
/// (nothing can use it any more) or when more than <c>maxRetained</c> are held (oldest first), so a long-running
/// sandbox does not grow without end. The count never pushes out an interaction still waiting for its callback within
/// the deadline: under load that answered a prompt bot with "unknown interaction".
/// </summary>
internal sealed class InteractionStore(TimeProvider time, TimeSpan lifetime, TimeSpan deadline, int maxRetained)
{
    private readonly ConcurrentDictionary<string, SandboxInteraction> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ulong, SandboxInteraction> _byId = new();
    private readonly ConcurrentDictionary<string, SandboxInteraction> _byEphemeralMessage = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SandboxInteraction> _order = new();
    private readonly Lock _pruneLock = new();

    public int Count => _byId.Count;

    public void Add(SandboxInteraction interaction)
    {
        _byToken[interaction.Token] = interaction;
        _byId[interaction.Id] = interaction;
        _order.Enqueue(interaction);
        Prune();
    }

    public SandboxInteraction? ByToken(string token) => _byToken.TryGetValue(token, out var hit) ? hit : null;

    public SandboxInteraction? ById(ulong id) => _byId.TryGetValue(id, out var hit) ? hit : null;

    /// <summary>Notes an ephemeral reply or follow-up of <paramref name="owner"/>: only the interaction holds it, no channel.</summary>
    public void AddEphemeralMessage(SandboxInteraction owner, string messageId)
    {
        lock (owner.Sync)
            owner.EphemeralMessageIds.Add(messageId);
        _byEphemeralMessage[messageId] = owner;
    }

    /// <summary>The interaction holding an ephemeral message, if it is still kept.</summary>
    public SandboxInteraction? ByEphemeralMessage(string messageId) => _byEphemeralMessage.TryGetValue(messageId, out var hit) ? hit : null;

    private void Prune()
    {
        if (!_pruneLock.TryEnter())
            return;
        try
        {
            var now = time.GetUtcNow();
            var expiredBefore = now - lifetime;
            var unansweredBefore = now - deadline;
            while (_order.TryPeek(out var oldest)
                && (oldest.CreatedAt < expiredBefore
                    || (_order.Count > maxRetained && (oldest.IsAcknowledged || oldest.CreatedAt < unansweredBefore))))
            {
                _order.TryDequeue(out _);
                _byToken.TryRemove(new KeyValuePair<string, SandboxInteraction>(oldest.Token, oldest));
                _byId.TryRemove(new KeyValuePair<ulong, SandboxInteraction>(oldest.Id, oldest));
                string[] ephemeral;
                lock (oldest.Sync)
                    ephemeral = oldest.EphemeralMessageIds.Count == 0 ? [] : [.. oldest.EphemeralMessageIds];
                foreach (var messageId in ephemeral)
                    _byEphemeralMessage.TryRemove(new KeyValuePair<string, SandboxInteraction>(messageId, oldest));
            }
        }
        finally
        {
            _pruneLock.Exit();
        }
    }
}
