namespace NewsBot.Core.Documents;

/// <summary>The discussions currently loaded from the documents folder.</summary>
public interface IDiscussionCatalog
{
    /// <summary>Every loaded discussion, ordered by id.</summary>
    IReadOnlyList<Discussion> All { get; }

    /// <summary>The discussion with this id, or null.</summary>
    Discussion? Find(string id);

    /// <summary>Raised after the set of loaded discussions changed (a document was added, changed or removed).</summary>
    event EventHandler? Changed;
}
