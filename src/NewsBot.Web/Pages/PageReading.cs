namespace NewsBot.Web.Pages;

/// <summary>A web page as announcement text (one block a line, list items as "- item") plus its structured hints.</summary>
public sealed record PageReading(string Text, PageHints Hints);
