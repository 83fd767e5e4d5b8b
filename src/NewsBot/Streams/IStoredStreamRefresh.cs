namespace NewsBot.Streams;

/// <summary>Re-reads the stored guild streams, so a round of announcements or events sees what any instance stored.</summary>
internal interface IStoredStreamRefresh
{
    Task RefreshAsync(CancellationToken cancellationToken);
}
