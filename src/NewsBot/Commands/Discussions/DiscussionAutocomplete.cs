using NewsBot.Messages;
using NewsBot.Core.Documents;

namespace NewsBot.Commands.Discussions;

/// <summary>
/// Suggestions for a "discussion" option, among the discussions the asking guild may see: matches on id and headline (case- and diacritics-insensitive),
/// best first — id equal, id prefix, headline prefix, a headline word's prefix, contained anywhere — at most 25.
/// With nothing typed, the scheduled discussions come first (by start), then the rest, latest first.
/// </summary>
internal sealed class DiscussionAutocomplete(IDiscussionCatalog catalog, DiscussionResolver resolver)
{
    public const int MaxChoices = 25;
    public const int MaxLength = 100;

    /// <param name="typed">What the user has typed so far.</param>
    /// <param name="guildId">The asking guild, or null (a DM): shared discussions only.</param>
    public IReadOnlyList<AutocompleteChoice> Suggest(string? typed, ulong? guildId)
    {
        var candidates = catalog.VisibleTo(guildId).Where(d => d.Id.Length is > 0 and <= MaxLength);
        IEnumerable<Discussion> ranked;
        if (string.IsNullOrWhiteSpace(typed))
        {
            var upcoming = resolver.Upcoming(guildId).Select(s => s.DiscussionId).Distinct().ToList();
            ranked = candidates
                .OrderBy(d => upcoming.IndexOf(d.Id) is var i && i >= 0 ? i : int.MaxValue)
                .ThenByDescending(d => d.Id, StringComparer.Ordinal);
        }
        else
        {
            var query = SearchText.Fold(typed.Trim());
            ranked = candidates
                .Select(d => (Discussion: d, Rank: Rank(d, query)))
                .Where(x => x.Rank < int.MaxValue)
                .OrderBy(x => x.Rank)
                .ThenBy(x => x.Discussion.Id, StringComparer.Ordinal)
                .Select(x => x.Discussion);
        }
        return ranked.Take(MaxChoices).Select(Choice).ToList();
    }

    private static AutocompleteChoice Choice(Discussion discussion)
    {
        var name = string.IsNullOrWhiteSpace(discussion.Headline) ? discussion.Id : discussion.Headline.Trim();
        return new AutocompleteChoice(DiscordText.Truncate(name.ReplaceLineEndings(" "), MaxLength), discussion.Id);
    }

    private static int Rank(Discussion discussion, string query)
    {
        var keys = DiscussionSearchKeys.Of(discussion);
        if (keys.Id == query) return 0;
        if (keys.Id.StartsWith(query, StringComparison.Ordinal)) return 1;
        if (keys.Headline.StartsWith(query, StringComparison.Ordinal)) return 2;
        foreach (var word in keys.HeadlineWords)
        {
            if (word.StartsWith(query, StringComparison.Ordinal))
                return 3;
        }
        if (keys.Headline.Contains(query, StringComparison.Ordinal) || keys.Id.Contains(query, StringComparison.Ordinal)) return 4;
        return int.MaxValue;
    }
}
