using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using static NewsBot.Tests.Announcements.AnnouncementHarness;

namespace NewsBot.Tests.Announcements;

public sealed class AnnouncementServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static AnnouncementService Service(AnnouncementHarness h, ReplanSignal signal) => new(
        h.NewProcessor(), h.Schedule, signal, Options.Create(h.Options), h.Time, NullLogger<AnnouncementService>.Instance);

    private static async Task<ulong> NextPostAsync(AnnouncementHarness h)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await h.Publisher.CreatedSignal.Reader.ReadAsync(timeout.Token);
    }

    [Fact]
    public async Task Wakes_at_each_due_time_of_the_injected_clock_and_posts_each_step_once()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 15, 0);
        using var service = Service(h, new ReplanSignal());
        await service.StartAsync(CancellationToken.None);

        h.AdvanceTo(Start.AddMinutes(-15));
        Assert.Equal(ChannelA, await NextPostAsync(h));
        h.AdvanceTo(Start);
        Assert.Equal(ChannelA, await NextPostAsync(h));
        h.AdvanceTo(Start.AddMinutes(10));
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(2, h.Publisher.Calls.Count);
        Assert.False(h.Publisher.CreatedSignal.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_replan_request_after_a_settings_change_posts_a_due_step_without_waiting_for_the_interval()
    {
        await using var h = new AnnouncementHarness(now: Start.AddMinutes(-10));
        var signal = new ReplanSignal();
        using var service = Service(h, signal);
        await service.StartAsync(CancellationToken.None);

        await h.ConfigureAsync(GuildA, ChannelA, 15);
        signal.Replan();

        Assert.Equal(ChannelA, await NextPostAsync(h));
        await service.StopAsync(CancellationToken.None);
        Assert.Equal(Start.AddMinutes(-10), h.Time.GetUtcNow());
    }

    [Fact]
    public async Task A_schedule_change_wakes_the_service()
    {
        await using var h = new AnnouncementHarness();
        await h.ConfigureAsync(GuildA, ChannelA, 0);
        using var service = Service(h, new ReplanSignal());
        await service.StartAsync(CancellationToken.None);

        h.Schedule.Set(Stream(h.Time.GetUtcNow()));

        Assert.Equal(ChannelA, await NextPostAsync(h));
        await service.StopAsync(CancellationToken.None);
    }
}
