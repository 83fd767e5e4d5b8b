using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests.Support;

/// <summary>
/// Drives a FakeTimeProvider forward in small steps until the awaited work completes. The short real pause only
/// yields to the code under test; all waiting inside that code runs on the fake clock.
/// </summary>
internal static class TimeAdvancer
{
    public static async Task<T> AdvanceUntilAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan step, TimeSpan? maxFake = null)
    {
        await AdvanceUntilAsync(time, (Task)task, step, maxFake);
        return await task;
    }

    public static async Task AdvanceUntilAsync(this FakeTimeProvider time, Task task, TimeSpan step, TimeSpan? maxFake = null)
    {
        var limit = maxFake ?? TimeSpan.FromMinutes(10);
        var advanced = TimeSpan.Zero;
        var real = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(3));
            if (task.IsCompleted)
                break;
            if (advanced < limit)
            {
                time.Advance(step);
                advanced += step;
            }
            if (real.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException("The awaited work did not complete.");
        }
        await task;
    }

    public static async Task<T> WithinAsync<T>(this Task<T> task) => await task.WaitAsync(TimeSpan.FromSeconds(30));
}
