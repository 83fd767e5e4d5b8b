namespace NewsBot.Interactions;

/// <summary>Answers presses of the buttons whose custom id starts with <see cref="Prefix"/> and ':'.</summary>
public interface IComponentHandler
{
    /// <summary>The custom id prefix this handler claims; unique among handlers, without ':'.</summary>
    string Prefix { get; }

    /// <summary>
    /// Whether this press may be answered with a modal. Such a press is never deferred (a modal must be the first answer),
    /// so the handler must answer within Discord's 3 seconds. Decide from the context alone.
    /// </summary>
    bool AnswersWithModal(ComponentContext context) => false;

    ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken);
}
