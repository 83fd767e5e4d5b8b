using System.Collections.Concurrent;

namespace NewsBot.Sandbox.Interactions;

/// <summary>Interactions by id and by token.</summary>
internal sealed class InteractionStore
{
    private readonly ConcurrentDictionary<string, SandboxInteraction> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ulong, SandboxInteraction> _byId = new();

    public void Add(SandboxInteraction interaction)
    {
        _byToken[interaction.Token] = interaction;
        _byId[interaction.Id] = interaction;
    }

    public SandboxInteraction? ByToken(string token) => _byToken.TryGetValue(token, out var hit) ? hit : null;

    public SandboxInteraction? ById(ulong id) => _byId.TryGetValue(id, out var hit) ? hit : null;
}
