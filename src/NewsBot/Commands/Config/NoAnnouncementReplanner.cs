using NewsBot.Announcements;

namespace NewsBot.Commands.Config;

/// <summary>The default while announcements are not registered: nothing to re-plan. <c>AddAnnouncements</c> replaces it.</summary>
internal sealed class NoAnnouncementReplanner : IAnnouncementReplanner
{
    public void Replan()
    {
        // No announcement planner is registered, so a settings change has nothing to wake.
    }
}
