namespace NewsBot.Announcements;

/// <summary>
/// Who holds a claim: the instance id (stable across restarts, <see cref="AnnouncementOptions.InstanceId"/>) and the run
/// (new at every start of a process). Only the holder records the outcome of its claim.
/// </summary>
public sealed record ClaimHolder(string InstanceId, string RunId)
{
    public static ClaimHolder NewRun(string instanceId) => new(instanceId, Guid.NewGuid().ToString("N"));

    public override string ToString() => $"{InstanceId} (run {RunId})";
}
