namespace NewsBot.Announcements;

/// <summary>planned → posting → posted | failed; planned or posting → skipped. Only these transitions exist.</summary>
public enum AnnouncementState
{
    Planned,
    Posting,
    Posted,
    Skipped,
    Failed,
}
