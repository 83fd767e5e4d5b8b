namespace NewsBot.Interactions;

/// <summary>Answers submits of the modals whose custom id starts with <see cref="Prefix"/> and ':'.</summary>
public interface IModalSubmitHandler
{
    /// <summary>The custom id prefix this handler claims; unique among modal-submit handlers, without ':'.</summary>
    string Prefix { get; }

    /// <summary>Whether a slow answer's "thinking…" (and so the answer) is seen by the submitter only; it usually is.</summary>
    bool DefersEphemeral(ModalSubmitContext context) => true;

    /// <summary>A new message or, for a modal opened from a button, an update of that button's message; never a modal.</summary>
    ValueTask<ComponentReply> HandleAsync(ModalSubmitContext context, CancellationToken cancellationToken);
}
