namespace NewsBot.Core.Documents.Time;

/// <summary>A date and/or time of the document weighed as the broadcast time: its score, and why it is left out if it is.</summary>
internal sealed class BroadcastCandidate(DocumentLine line, TimeMention mention)
{
    /// <summary>Below this score a candidate is not taken: it needs some sign that it is about the broadcast.</summary>
    public const int MinScore = 3;

    public DocumentLine Line { get; } = line;

    public TimeMention Mention { get; } = mention;

    /// <summary>The time found elsewhere in the sentence and joined to this date, if any.</summary>
    public TimeMention? JoinedTime { get; init; }

    public AnnouncedDate? Date { get; init; } = mention.Date;

    public DayOfWeek? Weekday { get; init; } = mention.Weekday;

    public TimeOnly? From { get; init; } = mention.From;

    public TimeOnly? To { get; init; } = mention.To;

    public string? Zone { get; init; } = mention.Zone;

    public int Score { get; set; }

    /// <summary>Whether words of its sentence (or a label) speak for it, not only the layout.</summary>
    public bool FromText { get; init; }

    /// <summary>Why it cannot be the broadcast time ("publication date", "a repeat"); null when it can.</summary>
    public string? Excluded { get; set; }

    public List<string> Reasons { get; init; } = [];

    /// <summary>When the page itself was written or updated (byline, "Stand:", "Published", dateline): not the broadcast, but the day "heute" means.</summary>
    public bool PageDate { get; set; }

    public bool Eligible => Excluded is null && Score >= MinScore;

    public bool HasTime => From is not null;

    /// <summary>The text it was read from, shortened for explanations.</summary>
    public string Excerpt
    {
        get
        {
            const int Room = 40;
            var start = Math.Min(Mention.Start, JoinedTime?.Start ?? int.MaxValue);
            var end = Math.Max(Mention.End, JoinedTime?.End ?? 0);
            var from = Math.Max(0, start - Room);
            var to = Math.Min(Line.Text.Length, end + Room);
            return (from > 0 ? "…" : "") + Line.Text[from..to] + (to < Line.Text.Length ? "…" : "");
        }
    }

    public string Value => new AnnouncedMoment(Date, From).ToString() + (To is { } to ? "–" + to.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "");
}
