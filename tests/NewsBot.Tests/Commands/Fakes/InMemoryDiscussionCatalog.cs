using NewsBot.Core.Documents;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class InMemoryDiscussionCatalog(params Discussion[] discussions) : IDiscussionCatalog
{
    /// <summary>The shared discussions (as from the documents folder).</summary>
    public List<Discussion> Discussions { get; } = [.. discussions];

    /// <summary>Discussions that belong to one guild.</summary>
    public List<(Discussion Discussion, ulong GuildId)> GuildDiscussions { get; } = [];

    /// <summary>When set, reading the catalog throws it.</summary>
    public Exception? Failure { get; set; }

    public DiscussionSnapshot Current => Failure is null
        ? DiscussionSnapshot.Of([
            .. Discussions.Select(d => new SourcedDiscussion(d, DiscussionScope.Shared, d.Id)),
            .. GuildDiscussions.Select(g => new SourcedDiscussion(g.Discussion, DiscussionScope.Guild(g.GuildId), g.Discussion.Id))])
        : throw Failure;

    public event EventHandler? Changed { add { } remove { } }
}
