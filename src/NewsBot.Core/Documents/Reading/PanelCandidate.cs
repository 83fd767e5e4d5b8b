namespace NewsBot.Core.Documents.Reading;

/// <summary>A person the text introduces as a discussant, with where and why.</summary>
internal sealed record PanelCandidate(Expert Expert, int Line, string Rule);
