namespace NewsBot.Announcements;

/// <summary>Call after saving guild settings so announcements and mirrored events are re-planned now, not at the next interval.</summary>
public interface IAnnouncementReplanner
{
    void Replan();
}
