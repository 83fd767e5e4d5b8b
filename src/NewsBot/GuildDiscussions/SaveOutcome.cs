namespace NewsBot.GuildDiscussions;

/// <summary>What pressing Save on a preview did. Nothing is stored unless it is <see cref="Saved"/>.</summary>
internal abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    public sealed record Saved(GuildDocument Document) : SaveOutcome;

    /// <summary>The preview is gone: saved or cancelled already, expired, or of another server.</summary>
    public sealed record PreviewGone : SaveOutcome;

    /// <summary>The server already keeps <paramref name="Limit"/> discussions.</summary>
    public sealed record LimitReached(int Limit) : SaveOutcome;

    /// <summary>The server already has a discussion with this id (e.g. saved meanwhile from another preview).</summary>
    public sealed record IdTaken(string DiscussionId) : SaveOutcome;
}
