namespace NewsBot.Core.Documents;

/// <summary>A discussion as a source offers it.</summary>
/// <param name="Discussion">What was read.</param>
/// <param name="Scope">Who may see it.</param>
/// <param name="Origin">Where it was read from, for messages: a file path, a URL, a feed item.</param>
public sealed record SourcedDiscussion(Discussion Discussion, DiscussionScope Scope, string Origin);
