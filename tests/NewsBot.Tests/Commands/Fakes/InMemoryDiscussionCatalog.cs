using NewsBot.Core.Documents;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class InMemoryDiscussionCatalog(params Discussion[] discussions) : IDiscussionCatalog
{
    public List<Discussion> Discussions { get; } = [.. discussions];

    /// <summary>When set, reading the catalog throws it.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<Discussion> All =>
        Failure is null ? Discussions.OrderBy(d => d.Id, StringComparer.Ordinal).ToList() : throw Failure;

    public Discussion? Find(string id) => Discussions.FirstOrDefault(d => d.Id == id);

    public event EventHandler? Changed { add { } remove { } }
}
