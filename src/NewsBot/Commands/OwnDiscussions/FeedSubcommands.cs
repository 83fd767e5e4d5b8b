using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.GuildFeeds;
using NewsBot.Messages;
using NewsBot.Texts;
using NewsBot.Web.Feeds;
using NewsBot.Web.Fetching;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// /discussions follow, unfollow and feeds: a server's moderators follow RSS or Atom feeds whose new items become their
/// server's discussions. A feed is fetched once when followed, so an address that is not a readable feed is refused at
/// once; its first poll (started right away) only remembers what it holds.
/// </summary>
internal sealed class FeedSubcommands(IGuildFeedStore store, IWebFetcher fetcher, FeedPollSignal signal, IOptions<GuildFeedsOptions> options, TimeProvider time)
    : IDiscussionsSubcommands
{
    private const string FeedOption = "feed";
    private const string UrlOption = "url";
    private const int MaxUrlLength = 2000;
    private const int ListLimit = 4000;
    private const int MaxGivenUpShown = 3;

    public IReadOnlyList<SlashCommandOption> Definitions { get; } =
    [
        new SlashCommandOption("follow", "Follow an RSS or Atom feed: each new item becomes a discussion here", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("folgen"),
            DescriptionLocalizations = Localizations.German("Einem RSS- oder Atom-Feed folgen: jeder neue Eintrag wird hier eine Diskussion"),
            Options =
            [
                new SlashCommandOption(UrlOption, "The feed's address (http or https)", SlashCommandOptionType.String, Required: true)
                {
                    NameLocalizations = Localizations.German("adresse"),
                    DescriptionLocalizations = Localizations.German("Die Adresse des Feeds (http oder https)"),
                },
            ],
        },
        new SlashCommandOption("unfollow", "Stop following a feed (its discussions stay)", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("entfolgen"),
            DescriptionLocalizations = Localizations.German("Einem Feed nicht mehr folgen (seine Diskussionen bleiben)"),
            Options =
            [
                new SlashCommandOption(FeedOption, "One of the feeds this server follows", SlashCommandOptionType.String, Required: true)
                {
                    NameLocalizations = Localizations.German("feed"),
                    DescriptionLocalizations = Localizations.German("Einer der Feeds, denen dieser Server folgt"),
                    Autocomplete = true,
                },
            ],
        },
        new SlashCommandOption("feeds", "The feeds this server follows, when they were checked, and which are broken", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("feeds"),
            DescriptionLocalizations = Localizations.German("Die Feeds dieses Servers, wann sie geprüft wurden und welche gestört sind"),
        },
    ];

    public bool Handles(string? subcommand) => subcommand is "follow" or "unfollow" or "feeds";

    public async Task<BotMessage> HandleAsync(CommandContext context, ulong guildId, BotLanguage language, CancellationToken cancellationToken) =>
        context.Subcommand switch
        {
            "follow" => await FollowAsync(guildId, context.UserId, context.Option(UrlOption), language, cancellationToken),
            "unfollow" => await UnfollowAsync(guildId, context.Option(FeedOption) ?? "", language, cancellationToken),
            _ => await ListAsync(guildId, language, cancellationToken),
        };

    /// <summary>The server's feeds whose address contains what was typed.</summary>
    public async Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.FocusedOption != FeedOption)
            return [];
        var typed = context.Options.GetValueOrDefault(FeedOption) ?? "";
        var feeds = await store.ListAsync(guildId, cancellationToken);
        return [.. feeds
            .Where(f => f.Url.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .Take(25)
            .Select(f => new AutocompleteChoice(DiscordText.Truncate(f.Url, 100), f.Url))
            .Where(c => c.Value.Length <= 100)];
    }

    private async Task<BotMessage> FollowAsync(ulong guildId, ulong userId, string? typed, BotLanguage language, CancellationToken cancellationToken)
    {
        var trimmed = typed?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxUrlLength || !Uri.TryCreate(trimmed, UriKind.Absolute, out var url))
        {
            var shown = DiscordText.Safe(DiscordText.Truncate(trimmed, 100));
            return Private(FeedsTexts.CannotFollow(language, WebReadingTexts.Describe(FetchFailureReason.InvalidUrl, shown, language)));
        }

        FeedResult.Read feed;
        switch (await fetcher.FetchAsync(url, cancellationToken))
        {
            case FetchResult.Failed failed:
                return Private(FeedsTexts.CannotFollow(language, WebReadingTexts.Describe(failed.Reason, DiscordText.Safe(failed.Detail), language)));
            case FetchResult.Fetched { IsXml: false } page:
                return Private(FeedsTexts.NotAFeed(language, page.MediaType));
            case FetchResult.Fetched page:
                var parsed = FeedParser.Parse(page.Body, page.Url);
                if (parsed is FeedResult.Failed bad)
                    return Private(FeedsTexts.CannotFollow(language, WebReadingTexts.Describe(bad.Reason, DiscordText.Safe(bad.Detail), language)));
                feed = (FeedResult.Read)parsed;
                break;
            default:
                throw new InvalidOperationException("unknown fetch result");
        }

        var address = url.AbsoluteUri;
        var shownUrl = DiscordText.Truncate(address, 300);
        var settings = options.Value;
        switch (await store.FollowAsync(guildId, address, userId, time.GetUtcNow(), settings.MaxPerGuild, cancellationToken))
        {
            case FollowOutcome.AlreadyFollowed:
                return Private(FeedsTexts.AlreadyFollowed(language, shownUrl));
            case FollowOutcome.LimitReached:
                return Private(FeedsTexts.LimitReached(language, settings.MaxPerGuild));
            default:
                signal.Wake();
                var title = feed.Title is { } t ? DiscordText.Safe(DiscordText.Truncate(t, 100)) : null;
                return Private(FeedsTexts.Followed(language, shownUrl, title, feed.Items.Count, settings.PollInterval));
        }
    }

    private async Task<BotMessage> UnfollowAsync(ulong guildId, string typed, BotLanguage language, CancellationToken cancellationToken)
    {
        var url = typed.Trim();
        return await store.UnfollowAsync(guildId, url, cancellationToken)
            ? Private(FeedsTexts.Unfollowed(language, DiscordText.Truncate(url, 300)))
            : Private(FeedsTexts.NotFollowed(language, DiscordText.Truncate(url.Replace('`', '\'').ReplaceLineEndings(" "), 100)));
    }

    private async Task<BotMessage> ListAsync(ulong guildId, BotLanguage language, CancellationToken cancellationToken)
    {
        var feeds = await store.ListAsync(guildId, cancellationToken);
        if (feeds.Count == 0)
            return Private(FeedsTexts.ListEmpty(language));
        var givenUp = (await store.ItemFailuresAsync(guildId, options.Value.MaxItemAttempts, cancellationToken)).ToLookup(f => f.Url, StringComparer.Ordinal);
        var lines = new StringBuilder();
        // Broken feeds first: they are what a moderator has to look at.
        foreach (var feed in feeds.OrderByDescending(f => f.Failures > 0).ThenBy(f => f.Url, StringComparer.Ordinal))
        {
            var entry = new StringBuilder()
                .Append(DiscordText.Truncate(feed.Url, 300)).Append('\n')
                .Append("  ").Append(DiscussionsTexts.AddedBy(language, feed.AddedBy, feed.AddedAt)).Append(" · ")
                .Append(FeedsTexts.Checked(language, feed.PolledAt, feed.NextPollAt)).Append('\n');
            if (feed.Failures > 0 && feed.LastError is { } error)
                entry.Append("  ").Append(FeedsTexts.Failing(language, feed.Failures, DiscordText.Safe(DiscordText.Truncate(error, 200)), feed.NextPollAt)).Append('\n');
            else if (feed.LastError is { } note)
                entry.Append("  ").Append(FeedsTexts.Note(language, DiscordText.Safe(DiscordText.Truncate(note, 200)))).Append('\n');
            foreach (var item in givenUp[feed.Url].Take(MaxGivenUpShown))
                entry.Append("  ").Append(FeedsTexts.GivenUp(language, DiscordText.Safe(DiscordText.Truncate(item.LastError, 200)), item.At)).Append('\n');
            if (lines.Length + entry.Length > ListLimit)
                break;
            lines.Append(entry);
        }
        var embed = new BotEmbed(FeedsTexts.ListTitle(language, feeds.Count, options.Value.MaxPerGuild), lines.ToString().TrimEnd(), []);
        return BotMessage.WithEmbed(embed, ephemeral: true);
    }

    private static BotMessage Private(string text) => BotMessage.Text(text, ephemeral: true);
}
