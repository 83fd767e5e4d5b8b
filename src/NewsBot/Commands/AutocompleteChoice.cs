namespace NewsBot.Commands;

/// <summary>One autocomplete suggestion: the text shown (≤ 100 chars) and the value sent back (≤ 100 chars).</summary>
public sealed record AutocompleteChoice(string Name, string Value);
