namespace NewsBot.Core.Documents;

/// <summary>A document a source could not serve, and why.</summary>
/// <param name="Document">Which document: a file path, a URL, a feed item.</param>
/// <param name="Reason">Why it was refused, in a sentence fit for the log.</param>
/// <param name="Scope">Who the document belongs to (a guild's errors are for that guild only).</param>
public sealed record DocumentError(string Document, string Reason, DiscussionScope Scope = default);
