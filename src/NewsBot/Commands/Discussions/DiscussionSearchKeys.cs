using System.Runtime.CompilerServices;
using NewsBot.Core.Documents;

namespace NewsBot.Commands.Discussions;

/// <summary>
/// A discussion's id and headline folded for matching, and the headline's words. Computed once per discussion
/// (a changed document is a new <see cref="Discussion"/>), so autocomplete does not fold every headline per keystroke.
/// </summary>
internal sealed class DiscussionSearchKeys
{
    private static readonly ConditionalWeakTable<Discussion, DiscussionSearchKeys> Cache = new();
    private static readonly char[] WordSeparators = [' ', '-', '„', '"', '('];

    private DiscussionSearchKeys(Discussion discussion)
    {
        Id = SearchText.Fold(discussion.Id);
        Headline = SearchText.Fold(discussion.Headline);
        HeadlineWords = Headline.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
    }

    public string Id { get; }
    public string Headline { get; }
    public IReadOnlyList<string> HeadlineWords { get; }

    public static DiscussionSearchKeys Of(Discussion discussion) => Cache.GetValue(discussion, d => new DiscussionSearchKeys(d));
}
