namespace NewsBot.Core.Documents.Sources;

/// <summary>What one read of a source found.</summary>
/// <param name="Discussions">Every discussion the source offers now (not only the changed ones).</param>
/// <param name="Errors">The documents it refused, with the reason.</param>
public sealed record SourceReading(IReadOnlyList<SourcedDiscussion> Discussions, IReadOnlyList<DocumentError> Errors)
{
    public static SourceReading Nothing { get; } = new([], []);

    /// <summary>Whether both offer the same discussions (the same versions) and report the same errors.</summary>
    public bool SameAs(SourceReading other) =>
        ReferenceEquals(this, other) || (Discussions.SequenceEqual(other.Discussions) && Errors.SequenceEqual(other.Errors));
}
