using System.Globalization;
using System.Text;

namespace NewsBot.Companion.Questions;

/// <summary>
/// Every question of a stream as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read the umlauts): number, state, votes,
/// time asked (UTC), asker id, panelist, similar-to, merged repeats, text. Cells a spreadsheet would run as a formula
/// (starting with = + - @) get a leading apostrophe.
/// </summary>
internal static class QuestionCsv
{
    public static byte[] Write(IEnumerable<AudienceQuestion> questions)
    {
        var builder = new StringBuilder("id,state,votes,asked_at_utc,member_id,panelist,similar_to,merged,text\r\n");
        foreach (var q in questions)
        {
            builder.AppendJoin(',',
                Cell(q.Id.ToString(CultureInfo.InvariantCulture)),
                Cell(q.State.ToString().ToLowerInvariant()),
                Cell(q.Votes.ToString(CultureInfo.InvariantCulture)),
                Cell(q.AskedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                Cell(q.MemberId.ToString(CultureInfo.InvariantCulture)),
                Cell(q.Panelist ?? ""),
                Cell(q.SimilarTo?.ToString(CultureInfo.InvariantCulture) ?? ""),
                Cell(q.Merged.ToString(CultureInfo.InvariantCulture)),
                Cell(q.Text));
            builder.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
