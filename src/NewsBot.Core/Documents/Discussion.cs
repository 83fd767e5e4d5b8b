namespace NewsBot.Core.Documents;

/// <summary>What the bot understood from one announcement document.</summary>
/// <param name="Id">Stable id derived from the file name (without extension).</param>
/// <param name="Headline">The first line.</param>
/// <param name="StreamTitle">The closing "&lt;title&gt; | &lt;show&gt;" line, or the headline when there is none.</param>
/// <param name="Show">The show named in the title line, or null.</param>
/// <param name="Host">The moderator, when the document names one.</param>
/// <param name="Language">The document's language.</param>
/// <param name="Panel">The experts introduced as discussants, in order.</param>
/// <param name="Questions">The guiding questions, verbatim, in order.</param>
/// <param name="Paragraphs">
/// The news paragraphs, as written: the body without the repeated headline, the title line, the host line,
/// the guiding questions and the panel introduction (sentence or list). This is the summary material.
/// </param>
public sealed record Discussion(
    string Id,
    string Headline,
    string StreamTitle,
    string? Show,
    string? Host,
    DocumentLanguage Language,
    IReadOnlyList<Expert> Panel,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>When the discussion is broadcast or streamed, as the text announces it; null when it does not say.</summary>
    public Time.BroadcastTime? Broadcast { get; init; }
}
