using System.Globalization;
using System.Text;
using NewsBot.Core.Documents;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// Ids of a server's own discussions: readable (lower-case letters and digits joined by '-', at most 60 characters) and
/// unique among what the server sees — a clash with a shared document or one of its own gets "-2", "-3", ….
/// </summary>
internal static class OwnDiscussionIds
{
    private const int MaxLength = 60;

    /// <summary>A slug of <paramref name="text"/>, or <paramref name="fallback"/> when it has no letter or digit.</summary>
    public static string Slug(string text, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        var id = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c == 'ß')
                id.Append("ss");
            else if (char.IsAsciiLetterOrDigit(c))
                id.Append(c);
            else if (id.Length > 0 && id[^1] != '-')
                id.Append('-');
            if (id.Length >= MaxLength)
                break;
        }
        var slug = id.ToString().Trim('-');
        return slug.Length > 0 ? slug[..Math.Min(slug.Length, MaxLength)] : fallback;
    }

    /// <summary>The first of <paramref name="baseId"/>, baseId-2, baseId-3 … that neither the server sees nor it stored.</summary>
    public static string Free(string baseId, ulong guildId, DiscussionSnapshot snapshot, IReadOnlyCollection<string> stored)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stored);
        var taken = stored.ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var id = n == 1 ? baseId : $"{baseId}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!taken.Contains(id) && snapshot.Find(id, guildId) is null)
                return id;
        }
    }
}
