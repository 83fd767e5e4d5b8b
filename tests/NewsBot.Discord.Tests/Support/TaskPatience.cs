namespace NewsBot.Discord.Tests.Support;

/// <summary>How long a test waits for an event before it fails instead of hanging.</summary>
internal static class TaskPatience
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<T> WithinAsync<T>(this Task<T> task) => await task.WaitAsync(Patience);

    public static async Task WithinAsync(this Task task) => await task.WaitAsync(Patience);
}
