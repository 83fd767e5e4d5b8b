namespace NewsBot.Announcements;

/// <summary>Fans a <see cref="IAnnouncementReplanner.Replan"/> call out to the announcement and event-mirror services.</summary>
internal sealed class ReplanSignal : IAnnouncementReplanner
{
    public event EventHandler? Requested;

    public void Replan() => Requested?.Invoke(this, EventArgs.Empty);
}
