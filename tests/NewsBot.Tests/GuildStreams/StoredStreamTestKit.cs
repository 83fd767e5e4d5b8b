using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.GuildStreams;
using NewsBot.Tests.Commands.Fakes;

namespace NewsBot.Tests.GuildStreams;

/// <summary>A scheduler and cache over the in-memory store, for tests of what uses them.</summary>
internal sealed class StoredStreamTestKit
{
    public StoredStreamTestKit(IDiscussionCatalog catalog, TimeProvider time, ScheduleOptions? options = null, InMemoryGuildStreamStore? store = null)
    {
        Store = store ?? new InMemoryGuildStreamStore();
        var wrapped = Options.Create(options ?? new ScheduleOptions());
        Cache = new GuildStreamCache(Store, catalog, Replanner, wrapped, time, NullLogger<GuildStreamCache>.Instance);
        Scheduler = new GuildStreamScheduler(Store, Settings, Cache, catalog, Replanner, wrapped, time, NullLogger<GuildStreamScheduler>.Instance);
    }

    public InMemoryGuildStreamStore Store { get; }

    /// <summary>The servers' settings (their time zones).</summary>
    public InMemoryGuildSettingsStore Settings { get; } = new();

    public CountingReplanner Replanner { get; } = new();

    public GuildStreamCache Cache { get; }

    public GuildStreamScheduler Scheduler { get; }

    internal sealed class CountingReplanner : IAnnouncementReplanner
    {
        private int _calls;

        /// <summary>Completed at the next re-plan.</summary>
        public TaskCompletionSource Next { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public void Replan()
        {
            Interlocked.Increment(ref _calls);
            var next = Next;
            Next = new(TaskCreationOptions.RunContinuationsAsynchronously);
            next.TrySetResult();
        }
    }
}
