using NewsBot.Messages;

namespace NewsBot.Interactions;

/// <summary>What a button press or modal submit is answered with.</summary>
public abstract record ComponentReply
{
    private ComponentReply()
    {
    }

    /// <summary>A new message (ephemeral when the message says so).</summary>
    public sealed record NewMessage(BotMessage Message) : ComponentReply;

    /// <summary>Replaces the message the button is on (for a modal submit: the button's message it was opened from).</summary>
    public sealed record UpdateMessage(BotMessage Message) : ComponentReply;

    /// <summary>Opens a modal; buttons only, and only from a handler that declares it (<see cref="IComponentHandler.AnswersWithModal"/>).</summary>
    public sealed record ShowModal(BotModal Modal) : ComponentReply;

    /// <summary>Acknowledges the press and changes nothing.</summary>
    public sealed record Acknowledge : ComponentReply;
}
