using NewsBot.Core.Documents;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class InMemoryDiscussionCatalog(params Discussion[] discussions) : IDiscussionCatalog
{
    public List<Discussion> Discussions { get; } = [.. discussions];

    public IReadOnlyList<Discussion> All => Discussions.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    public Discussion? Find(string id) => Discussions.FirstOrDefault(d => d.Id == id);

    public event EventHandler? Changed { add { } remove { } }
}
