using Microsoft.Extensions.Options;
using NewsBot.Commands.Config;
using NewsBot.GuildFeeds;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// The feeds' lines in /config show: how many the server follows, and each broken one (failing in a row) as a problem with
/// its URL, its last error and when it is tried next, and how many items were given up, so a moderator sees a dead feed
/// where they look for what is wrong.
/// </summary>
internal sealed class FeedsShowSection(IGuildFeedStore store, IOptions<GuildFeedsOptions> options) : IConfigShowSection
{
    /// <summary>Broken feeds named one by one; more are counted (the embed field holds 1,024 characters).</summary>
    private const int MaxListed = 3;

    public async Task<(IReadOnlyList<BotEmbedField> Fields, IReadOnlyList<string> Problems)> DescribeAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Texts.Language;
        var feeds = await store.ListAsync(request.GuildId, cancellationToken);
        var broken = feeds.Where(f => f.Failures > 0).OrderByDescending(f => f.Failures).ThenBy(f => f.Url, StringComparer.Ordinal).ToList();
        var problems = broken.Take(MaxListed)
            .Select(f => FeedsTexts.ShowBroken(language, DiscordText.Truncate(f.Url, 100), f.Failures,
                DiscordText.Safe(DiscordText.Truncate(f.LastError ?? "?", 100)), f.NextPollAt))
            .ToList();
        if (broken.Count > MaxListed)
            problems.Add(FeedsTexts.ShowMoreBroken(language, broken.Count - MaxListed));
        var givenUp = await store.ItemFailuresAsync(request.GuildId, options.Value.MaxItemAttempts, cancellationToken);
        if (givenUp.Count > 0)
            problems.Add(FeedsTexts.ShowGivenUp(language, givenUp.Count));
        BotEmbedField[] fields = [new(FeedsTexts.ShowLabel(language), FeedsTexts.ShowSummary(language, feeds.Count, broken.Count), Inline: true)];
        return (fields, problems);
    }
}
