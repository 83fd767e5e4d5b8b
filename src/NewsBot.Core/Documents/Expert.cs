namespace NewsBot.Core.Documents;

/// <summary>One discussant: name without academic titles, role in its base form, affiliation without its preposition.</summary>
public sealed record Expert(string Name, string? Role, string? Affiliation);
