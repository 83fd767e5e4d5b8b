namespace NewsBot.Companion;

/// <summary>Raised when a "live now" announcement was posted, so the companion starts its thread at once rather than at its next poll.</summary>
public sealed class LiveStepSignal
{
    public event EventHandler? Posted;

    public void Raise() => Posted?.Invoke(this, EventArgs.Empty);
}
