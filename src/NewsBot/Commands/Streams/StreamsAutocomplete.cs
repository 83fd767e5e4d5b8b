using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.GuildStreams;
using NewsBot.Texts;

namespace NewsBot.Commands.Streams;

/// <summary>
/// Suggestions for /streams: the discussions the server sees; its own upcoming streams (headline and start); time zones;
/// and for start and end one choice that shows how the typed text was understood — or, when it was not, a hint with
/// examples — before anything is saved. A chosen start comes back written out in full (<c>2026-12-03 20:15</c>), so it
/// keeps its meaning when the command is sent a moment later.
/// </summary>
internal sealed class StreamsAutocomplete(
    IGuildStreamScheduler scheduler, GuildStreamCache stored, IDiscussionCatalog catalog, DiscussionAutocomplete discussions, TimeProvider time)
{
    public async Task<IReadOnlyList<AutocompleteChoice>> SuggestAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.GuildId is not { } guildId)
            return [];
        var typed = context.Options.GetValueOrDefault(context.FocusedOption ?? "")?.Trim() ?? "";
        var texts = StreamTexts.For(ReplyTexts.Ephemeral(context).Language);
        switch (context.FocusedOption)
        {
            case StreamOptions.Discussion:
                return discussions.Suggest(typed, guildId);
            case StreamOptions.Stream:
                return OwnStreams(guildId, typed, texts);
            case StreamOptions.TimeZone:
                return TimeZoneIds.Suggest(typed, await scheduler.DefaultTimeZoneAsync(guildId, cancellationToken));
            case StreamOptions.Start or StreamOptions.End when typed.Length > 0:
                var zone = context.Option(StreamOptions.TimeZone) ?? StreamZone(context, guildId) ?? await scheduler.DefaultTimeZoneAsync(guildId, cancellationToken);
                var relativeTo = time.GetUtcNow();
                if (context.FocusedOption == StreamOptions.End
                    && StartTimeParser.Parse(context.Option(StreamOptions.Start), zone, relativeTo) is StartTimeResult.Understood start)
                    relativeTo = start.StartsAt;
                return [Understood(typed, zone, relativeTo, texts)];
            default:
                return [];
        }
    }

    private static AutocompleteChoice Understood(string typed, string zone, DateTimeOffset relativeTo, StreamTexts texts)
    {
        var value = DiscordText.Truncate(typed, DiscussionAutocomplete.MaxLength);
        return StartTimeParser.Parse(typed, zone, relativeTo) switch
        {
            StartTimeResult.Understood understood => new AutocompleteChoice(
                DiscordText.Truncate(StartTimeText.Describe(understood, texts.German), DiscussionAutocomplete.MaxLength),
                understood.Local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            StartTimeResult.Rejected { Problem: StartTimeProblem.NonexistentLocalTime, Detail: { } local } => new AutocompleteChoice(
                DiscordText.Truncate("❓ " + texts.Nonexistent(local, zone), DiscussionAutocomplete.MaxLength), value),
            _ => new AutocompleteChoice(texts.StartHint, value),
        };
    }

    /// <summary>For a move: the zone of the stream being moved.</summary>
    private string? StreamZone(CommandContext context, ulong guildId) =>
        context.Option(StreamOptions.Stream) is { } key
            ? stored.Streams.FirstOrDefault(s => s.Owner is { } owner && owner.GuildId == guildId && owner.StreamKey == key)?.TimeZoneId
            : null;

    private IReadOnlyList<AutocompleteChoice> OwnStreams(ulong guildId, string typed, StreamTexts texts)
    {
        var now = time.GetUtcNow();
        var folded = SearchText.Fold(typed);
        return [.. stored.Streams
            .Where(s => s.Owner?.GuildId == guildId && s.StartsAt > now)
            .Select(s => (Stream: s, Name: $"{HeadlineOf(s, guildId)} – {StartTimeText.Format(s.StartsAt, s.TimeZoneId, texts.German)}"))
            .Where(s => folded.Length == 0 || SearchText.Fold(s.Name).Contains(folded, StringComparison.Ordinal))
            .Take(DiscussionAutocomplete.MaxChoices)
            .Select(s => new AutocompleteChoice(Shorten(s.Name), s.Stream.Owner!.StreamKey))];
    }

    private string HeadlineOf(StreamEntry stream, ulong guildId) =>
        catalog.Find(stream.DiscussionId, guildId) is { Headline: { Length: > 0 } headline } ? headline.ReplaceLineEndings(" ") : stream.DiscussionId;

    /// <summary>Keeps the start readable: the headline is shortened, not the time.</summary>
    private static string Shorten(string name)
    {
        if (name.Length <= DiscussionAutocomplete.MaxLength)
            return name;
        var split = name.LastIndexOf(" – ", StringComparison.Ordinal);
        var when = name[split..];
        var room = DiscussionAutocomplete.MaxLength - when.Length;
        return room > 1 ? DiscordText.Truncate(name[..split], room) + when : DiscordText.Truncate(name, DiscussionAutocomplete.MaxLength);
    }
}
