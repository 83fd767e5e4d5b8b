namespace NewsBot.Core.Watching;

/// <summary>What a <see cref="DebouncedFileWatcher"/> watches, and how it paces refreshes.</summary>
/// <param name="Name">What is kept current, for the log ("the documents folder", "the schedule").</param>
/// <param name="Directory">The folder to watch; it may not exist yet (the rescan starts watching once it does).</param>
/// <param name="Filter">Which files in it: a pattern such as <c>*.txt</c> or one file name.</param>
/// <param name="Debounce">How long to let a burst of file events settle before one refresh (zero: refresh at once).</param>
/// <param name="RescanInterval">How often to refresh anyway, as a safety net for missed events.</param>
public sealed record FileWatch(string Name, string Directory, string Filter, TimeSpan Debounce, TimeSpan RescanInterval);
