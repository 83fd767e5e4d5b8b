using Microsoft.Extensions.Logging;

namespace NewsBot.Announcements;

/// <summary>
/// The holder this process claims steps as: its instance id (<see cref="AnnouncementOptions.InstanceId"/>, default the
/// machine name) and a run id new at every start. The first round starts the run in the ledger, which turns the claims of
/// the id's earlier runs — interrupted by a crash or a stop — into abandoned claims that are taken over at once.
/// <para>
/// Each later round checks that the run is still the id's current one. If it is not, a second process was started with
/// the same id while this one runs: this process logs an error and carries on under an id of its own (<c>id~run</c>), so
/// that neither process takes over the other's live claims any more. Until it notices, the newer process may take over
/// claims this one is still posting; the same nonce keeps Discord from showing the message twice.
/// </para>
/// </summary>
internal sealed partial class InstanceIdentity(IAnnouncementLedger ledger, string? configuredId, ILogger logger)
{
    // Made once, so that rounds racing at the start (tests run them side by side) all start the same run.
    private ClaimHolder _holder = ClaimHolder.NewRun(string.IsNullOrWhiteSpace(configuredId) ? Environment.MachineName : configuredId.Trim());
    private bool _started;

    /// <summary>The holder to claim as in this round.</summary>
    public async Task<ClaimHolder> HolderAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_started)
        {
            var holder = _holder;
            var previous = await ledger.StartRunAsync(holder, now, cancellationToken);
            _started = true;
            if (previous is null)
                LogStarted(holder.InstanceId, holder.RunId);
            else if (previous.RunId != holder.RunId)
                LogRestarted(holder.InstanceId, holder.RunId, previous.RunId, previous.StartedAt);
            return holder;
        }

        var current = await ledger.CurrentRunAsync(_holder.InstanceId, cancellationToken);
        if (current is null)
        {
            // The run's row is gone (the table was emptied by hand): start it again, nobody else has the id.
            await ledger.StartRunAsync(_holder, now, cancellationToken);
        }
        else if (current.RunId != _holder.RunId)
        {
            var own = _holder with { InstanceId = $"{_holder.InstanceId}~{_holder.RunId}" };
            await ledger.StartRunAsync(own, now, cancellationToken);
            LogIdClash(_holder.InstanceId, current.RunId, current.StartedAt, own.InstanceId);
            _holder = own;
        }

        return _holder;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcements: instance {InstanceId} started run {RunId}")]
    private partial void LogStarted(string instanceId, string runId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Announcements: instance {InstanceId} started run {RunId}; posts left unfinished by its previous run {PreviousRunId} (started {PreviousStartedAt}) are taken over at once")]
    private partial void LogRestarted(string instanceId, string runId, string previousRunId, DateTimeOffset previousStartedAt);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Announcements: another process started as instance {InstanceId} (run {OtherRunId}, {OtherStartedAt}) while this one runs. " +
                  "Two running processes must not share Announcements:InstanceId; this one goes on as {OwnId} so that neither takes over the other's claims early")]
    private partial void LogIdClash(string instanceId, string otherRunId, DateTimeOffset otherStartedAt, string ownId);
}
