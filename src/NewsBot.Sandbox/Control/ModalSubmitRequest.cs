namespace NewsBot.Sandbox.Control;

/// <summary>
/// A member submitting the modal that interaction <see cref="InteractionId"/> showed (callback 9), with what they
/// typed into each text input by custom id. Only the member the modal was shown to can submit it, once.
/// </summary>
public sealed record ModalSubmitRequest(ulong InteractionId, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Unset: the member the modal was shown to.</summary>
    public ulong? UserId { get; init; }
    public string Locale { get; init; } = "de";
}
