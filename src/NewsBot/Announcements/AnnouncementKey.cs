using System.Globalization;
using NewsBot.Core.Schedule;

namespace NewsBot.Announcements;

/// <summary>
/// The identity of one announcement: (stream, guild, step). The stream key is the discussion id plus the start in UTC,
/// so a moved stream gets new announcements and the old ones are cancelled. A stream a guild scheduled itself adds its
/// stored key, so it never shares announcements with a shared stream of the same discussion and start.
/// </summary>
/// <param name="StreamKey">See <see cref="StreamKeyOf"/>.</param>
/// <param name="GuildId">The guild it is posted in.</param>
/// <param name="Offset">How long before the start it is due; zero = "live now".</param>
public sealed record AnnouncementKey(string StreamKey, ulong GuildId, TimeSpan Offset)
{
    public static string StreamKeyOf(StreamEntry stream) =>
        stream.DiscussionId + "@" + stream.StartsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        + (stream.Owner is { } owner ? "#" + owner.StreamKey : "");

    public override string ToString() =>
        $"{StreamKey}/{GuildId.ToString(CultureInfo.InvariantCulture)}/-{(long)Offset.TotalMinutes}min";
}
