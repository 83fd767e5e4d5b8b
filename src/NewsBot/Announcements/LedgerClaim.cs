namespace NewsBot.Announcements;

/// <summary>A successful claim: the attempt it starts (1 for the first) and when the step was first claimed, by anyone.</summary>
public sealed record LedgerClaim(int Attempt, DateTimeOffset FirstClaimedAt);
