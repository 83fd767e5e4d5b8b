namespace NewsBot.Core.Documents;

/// <summary>The discussions loaded now, from every source (the documents folder first).</summary>
public interface IDiscussionCatalog
{
    /// <summary>The current snapshot: immutable, read without a lock. Take it once per request for a consistent view.</summary>
    DiscussionSnapshot Current { get; }

    /// <summary>Raised after the set of loaded discussions changed (added, changed or removed, in any scope).</summary>
    event EventHandler? Changed;
}
