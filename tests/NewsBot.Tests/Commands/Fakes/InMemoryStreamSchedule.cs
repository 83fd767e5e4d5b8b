using NewsBot.Core.Schedule;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class InMemoryStreamSchedule(params StreamEntry[] streams) : IStreamSchedule
{
    public List<StreamEntry> Entries { get; } = [.. streams];

    public IReadOnlyList<StreamEntry> Streams => Entries.OrderBy(s => s.StartsAt).ToList();

    public event EventHandler? Changed { add { } remove { } }
}
