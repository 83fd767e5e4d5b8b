namespace NewsBot.Core.Documents;

/// <summary>What one refresh of the documents folder did.</summary>
/// <param name="Parsed">Documents read and understood (new or changed).</param>
/// <param name="Rejected">Documents refused, by file path, with the reason.</param>
/// <param name="Removed">Ids of discussions dropped because their document was deleted.</param>
public sealed record CatalogRefresh(int Parsed, IReadOnlyDictionary<string, string> Rejected, IReadOnlyList<string> Removed);
