using System.Collections.Concurrent;
using System.Threading.Channels;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Settings;

namespace NewsBot.Tests.Announcements;

internal sealed class FakeStreamSchedule : IStreamSchedule
{
    private IReadOnlyList<StreamEntry> _streams = [];

    public IReadOnlyList<StreamEntry> Streams => _streams;

    public event EventHandler? Changed;

    public void Set(params StreamEntry[] streams)
    {
        _streams = streams;
        Changed?.Invoke(this, EventArgs.Empty);
    }
}

internal sealed class FakeDiscussionCatalog(params Discussion[] discussions) : IDiscussionCatalog
{
    private volatile DiscussionSnapshot _current = DiscussionSnapshot.OfShared(discussions);

    public DiscussionSnapshot Current => _current;

    public void Add(Discussion discussion) => _current = DiscussionSnapshot.OfShared([.. _current.VisibleTo(guildId: null), discussion]);

    public event EventHandler? Changed { add { } remove { } }
}

internal sealed class InMemoryGuildSettingsStore : IGuildSettingsStore
{
    private readonly ConcurrentDictionary<ulong, GuildSettings> _settings = new();

    public Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken) =>
        Task.FromResult(_settings.TryGetValue(guildId, out var s) ? s : GuildSettings.Default(guildId));

    public Task SaveAsync(GuildSettings settings, ulong changedByUserId, CancellationToken cancellationToken)
    {
        _settings[settings.GuildId] = settings;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GuildSettings>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GuildSettings>>([.. _settings.Values.OrderBy(s => s.GuildId)]);
}

/// <summary>
/// Behaves like Discord with enforce_nonce: a nonce seen before returns the message it created. Per channel, a script
/// of outcomes can be queued (a result, a crash after creating the message, or a hang until cancelled), and a message
/// rate limit can be set, waited out on the injected clock as the Discord client waits out a bucket.
/// </summary>
internal sealed class FakePublisher : IAnnouncementPublisher
{
    private readonly ConcurrentDictionary<string, ulong> _messagesByNonce = new();
    private readonly ConcurrentDictionary<ulong, ConcurrentQueue<Outcome>> _scripts = new();
    private readonly Dictionary<ulong, (DateTimeOffset Start, int Count)> _windows = [];
    private (int Limit, TimeSpan Window, TimeProvider Time)? _rateLimit;
    private long _nextMessageId = 1000;

    public ConcurrentQueue<(ulong ChannelId, BotMessage Message, string Nonce)> Calls { get; } = new();

    /// <summary>Written at the start of every publish (before any wait), with the channel.</summary>
    public Channel<ulong> CalledSignal { get; } = Channel.CreateUnbounded<ulong>();

    /// <summary>Every message that actually appeared in a channel.</summary>
    public ConcurrentQueue<(ulong ChannelId, BotMessage Message, ulong MessageId)> Created { get; } = new();

    public Channel<ulong> CreatedSignal { get; } = Channel.CreateUnbounded<ulong>();

    /// <summary>Discord's per-channel message limit (5 per 5 s): a post beyond it waits for the next window.</summary>
    public void RateLimit(int limit, TimeSpan window, TimeProvider time) => _rateLimit = (limit, window, time);


    public void Script(ulong channelId, params Outcome[] outcomes)
    {
        var queue = _scripts.GetOrAdd(channelId, _ => new());
        foreach (var outcome in outcomes)
            queue.Enqueue(outcome);
    }

    public async Task<PublishResult> PublishAsync(ulong channelId, BotMessage message, string nonce, CancellationToken cancellationToken)
    {
        Calls.Enqueue((channelId, message, nonce));
        CalledSignal.Writer.TryWrite(channelId);
        await WaitForRateLimitAsync(channelId, cancellationToken);
        Outcome? outcome = _scripts.TryGetValue(channelId, out var queue) && queue.TryDequeue(out var next) ? next : null;
        switch (outcome)
        {
            case Outcome.Fail fail:
                return fail.Result;
            case Outcome.Hang:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
        }

        var id = _messagesByNonce.GetOrAdd(nonce, _ =>
        {
            var created = (ulong)Interlocked.Increment(ref _nextMessageId);
            Created.Enqueue((channelId, message, created));
            CreatedSignal.Writer.TryWrite(channelId);
            return created;
        });
        if (outcome is Outcome.CrashAfterPosting)
            throw new InvalidOperationException("the process died after Discord created the message");
        return new PublishResult.Posted(id);
    }

    /// <summary>Fixed windows per channel, as Discord's buckets: the post that finds its window full waits for the next one.</summary>
    private async Task WaitForRateLimitAsync(ulong channelId, CancellationToken cancellationToken)
    {
        if (_rateLimit is not { } rate)
            return;
        var (limit, window, time) = rate;
        while (true)
        {
            TimeSpan wait;
            lock (_windows)
            {
                var now = time.GetUtcNow();
                if (!_windows.TryGetValue(channelId, out var current) || now >= current.Start + window)
                    current = (now, 0);
                if (current.Count < limit)
                {
                    _windows[channelId] = (current.Start, current.Count + 1);
                    return;
                }

                _windows[channelId] = current;
                wait = current.Start + window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    internal abstract record Outcome
    {
        public sealed record Fail(PublishResult Result) : Outcome;
        public sealed record CrashAfterPosting : Outcome;
        public sealed record Hang : Outcome;
    }
}
