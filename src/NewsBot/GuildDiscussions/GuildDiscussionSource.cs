using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;

namespace NewsBot.GuildDiscussions;

/// <summary>
/// The discussions servers added from Discord, each visible only to its server. A read lists the stored rows and parses
/// only new or replaced ones (a row is known by server, id and when it was added); a document that no longer parses is
/// reported and left out. Read again every <see cref="GuildDiscussionsOptions.RescanInterval"/> (another instance may
/// have saved one) and at once after a save or removal here.
/// </summary>
internal sealed partial class GuildDiscussionSource(
    IGuildDiscussionStore store, IOptions<GuildDiscussionsOptions> options, TimeProvider time, ILogger<GuildDiscussionSource> logger)
    : IDiscussionSource
{
    private Dictionary<(ulong Guild, string Id), Entry> _known = [];
    private SourceReading _last = SourceReading.Nothing;

    public string Name => "discussions added from Discord";

    public async Task<SourceReading> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = await store.ListAllAsync(cancellationToken);
        var next = new Dictionary<(ulong Guild, string Id), Entry>(rows.Count);
        var changed = rows.Count != _known.Count;
        foreach (var row in rows)
        {
            var key = (row.GuildId, row.DiscussionId);
            if (_known.TryGetValue(key, out var known) && known.AddedAt == row.AddedAt)
            {
                next[key] = known;
                continue;
            }

            changed = true;
            if (await store.FindAsync(row.GuildId, row.DiscussionId, cancellationToken) is not { } document)
                continue;
            next[key] = await ParseAsync(row, document, cancellationToken);
        }

        _known = next;
        if (!changed)
            return _last;
        _last = new SourceReading(
            [.. next.Values.Where(e => e.Discussion is not null).Select(e => e.Discussion!).OrderBy(d => d.Scope.GuildId).ThenBy(d => d.Discussion.Id, StringComparer.Ordinal)],
            [.. next.Values.Where(e => e.Error is not null).Select(e => e.Error!)]);
        return _last;
    }

    public async Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RescanInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await refresh(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Where a discussion came from, in messages: "guild 123: https://…".</summary>
    public static string OriginOf(ulong guildId, string source) => $"guild {guildId}: {source}";

    private async Task<Entry> ParseAsync(StoredDiscussionInfo row, GuildDocument document, CancellationToken cancellationToken)
    {
        var origin = OriginOf(row.GuildId, row.Source);
        var scope = DiscussionScope.Guild(row.GuildId);
        switch (await GuildDocumentReader.ReadAsync(document, cancellationToken))
        {
            case ParseResult.Parsed parsed:
                return new Entry(row.AddedAt, new SourcedDiscussion(parsed.Discussion, scope, origin), null);
            case ParseResult.Rejected rejected:
                LogUnreadable(row.GuildId, row.DiscussionId, rejected.ToString());
                return new Entry(row.AddedAt, null, new DocumentError(origin, rejected.ToString(), scope));
            default:
                throw new InvalidOperationException("unknown parse result");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId}: the stored discussion {DiscussionId} cannot be read now: {Reason}")]
    private partial void LogUnreadable(ulong guildId, string discussionId, string reason);

    private sealed record Entry(DateTimeOffset AddedAt, SourcedDiscussion? Discussion, DocumentError? Error);
}
