using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord.Validation;
using NewsBot.Messages;

namespace NewsBot.Announcements.Events;

/// <summary>
/// Builds the event of each stream a guild sees within Discord's limits, keyed so that a moved stream keeps its event: a
/// shared stream by its discussion and its number among that discussion's shared streams, a stream the guild stored by its
/// stored key.
/// </summary>
internal static class ScheduledEventSpecs
{
    public static IReadOnlyDictionary<string, ScheduledEventSpec> For(
        IReadOnlyList<StreamEntry> streams, IDiscussionCatalog catalog, DateTimeOffset now, TimeSpan defaultDuration, ulong guildId)
    {
        var specs = new Dictionary<string, ScheduledEventSpec>(StringComparer.Ordinal);
        foreach (var stream in streams.Where(s => s.Owner?.GuildId == guildId))
        {
            var endsAt = stream.EndsAt ?? stream.StartsAt + defaultDuration;
            if (endsAt > now)
                specs["stored:" + stream.Owner!.StreamKey] = Build(stream, catalog.Find(stream.DiscussionId, guildId), endsAt);
        }

        foreach (var group in streams.Where(s => s.Owner is null).GroupBy(s => s.DiscussionId, StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var stream in group.OrderBy(s => s.StartsAt))
            {
                number++;
                var endsAt = stream.EndsAt ?? stream.StartsAt + defaultDuration;
                if (endsAt <= now)
                    continue;
                // The schedule file is shared by every guild, so its streams name shared discussions.
                specs[$"{stream.DiscussionId}#{number.ToString(CultureInfo.InvariantCulture)}"] = Build(stream, catalog.Find(stream.DiscussionId, guildId: null), endsAt);
            }
        }

        return specs;
    }

    public static ScheduledEventSpec Build(StreamEntry stream, Discussion? discussion, DateTimeOffset endsAt)
    {
        var name = DiscordText.Truncate(discussion?.StreamTitle ?? stream.DiscussionId, MessageLimits.ScheduledEventName);
        var link = stream.Link?.AbsoluteUri;
        var location = link is { Length: <= MessageLimits.ScheduledEventLocation } ? link : "Livestream";
        var parts = new List<string>();
        if (discussion is not null)
        {
            parts.Add(discussion.Headline);
            parts.AddRange(discussion.Panel.Select(e =>
                string.Join(", ", new[] { e.Name, e.Role, e.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)))));
        }

        if (link is not null)
            parts.Add(link);
        return new ScheduledEventSpec(name, location, stream.StartsAt, endsAt, DiscordText.Truncate(string.Join("\n", parts), MessageLimits.ScheduledEventDescription));
    }

    public static string Fingerprint(ScheduledEventSpec spec)
    {
        var text = string.Join("\u001f", spec.Name, spec.Location, spec.StartsAt.ToUnixTimeSeconds(), spec.EndsAt.ToUnixTimeSeconds(), spec.Description);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
