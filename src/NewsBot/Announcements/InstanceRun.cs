namespace NewsBot.Announcements;

/// <summary>The run an instance id was last started with, and when.</summary>
public sealed record InstanceRun(string RunId, DateTimeOffset StartedAt);
