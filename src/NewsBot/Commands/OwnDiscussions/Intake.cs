using NewsBot.GuildDiscussions;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>What a moderator handed in (a file, a page, pasted text), as a document to read — or why it was refused.</summary>
internal abstract record Intake
{
    private Intake()
    {
    }

    /// <summary>A document to read.</summary>
    /// <param name="Format">Text or HTML.</param>
    /// <param name="Origin">File, URL or pasted text.</param>
    /// <param name="Source">The file name, the page's URL after redirects, or "pasted text".</param>
    /// <param name="Content">The decoded text, or the page's HTML.</param>
    /// <param name="BaseId">The id it would get (made unique within the server when saved).</param>
    public sealed record Accepted(DocumentFormat Format, DiscussionOrigin Origin, string Source, string Content, string BaseId) : Intake;

    /// <summary>Refused before anything was stored; <paramref name="Message"/> says why in the moderator's language.</summary>
    public sealed record Refused(Func<BotLanguage, string> Message) : Intake
    {
        /// <summary>The page could not be fetched for a passing reason (timeout, server error): trying later may work.</summary>
        public bool Transient { get; init; }
    }
}
