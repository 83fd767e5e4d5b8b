using NewsBot.Core.Schedule;
using NewsBot.Companion;

namespace NewsBot.Announcements;

/// <summary>An event that wakes a <see cref="ReplanLoop"/> before its timer: how to subscribe to it and how to let go.</summary>
internal sealed record WakeSource(Action<EventHandler> Subscribe, Action<EventHandler> Unsubscribe)
{
    public static WakeSource ScheduleChanges(IStreamSchedule schedule) => new(h => schedule.Changed += h, h => schedule.Changed -= h);

    public static WakeSource Replans(ReplanSignal replan) => new(h => replan.Requested += h, h => replan.Requested -= h);

    public static WakeSource LivePosts(LiveStepSignal live) => new(h => live.Posted += h, h => live.Posted -= h);
}
