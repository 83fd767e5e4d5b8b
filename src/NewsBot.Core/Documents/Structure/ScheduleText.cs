using System.Buffers;
using System.Collections.Frozen;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Structure;

/// <summary>
/// Schedule and service text: lines that are mostly a date, a time, a place or a duration ("Thu. Oct 16th, 2025
/// 9:30 AM - 10:00 AM EDT", "Wann: Freitag, 2. Mai, 11:00–13:00 Uhr", "Jul 9, 2025 • 1h 3min"), and sentences about
/// how to watch or attend ("Die Sendung läuft parallel als Livestream in der ARD-Mediathek."). Neither is the topic
/// of the discussion; the broadcast-time reader can read its date and time from the same lines.
/// </summary>
internal static class ScheduleText
{
    private static readonly FrozenSet<string> DateWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "january", "february", "march", "june", "july", "october", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez", "uhr", "pm", "a.m", "p.m", "edt", "est", "edt.",
        "cet", "cest", "gmt", "bst", "utc", "mez", "mesz", "pst", "pdt", "h", "min", "mins", "minutes", "minuten", "std", "stunden",
        "hours", "folge", "episode", "staffel", "season", "published", "updated", "veröffentlicht", "aktualisiert", "wann", "wo",
        "when", "where", "datum", "termin", "sendetermin", "tagungsnr", "premiere", "tv-premiere", "erstausstrahlung");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordSpans = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that join dates and times without being one ("bis", "am", "from"): neither counted for nor against.</summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "am", "bis", "ab", "um", "von", "vom", "to", "from", "until", "at", "on", "the", "den", "der", "-", "und", "and", "&", "last",
        "page", "nächster", "stand", "zeit", "time", "date", "heute", "today", "tonight", "live");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorWords = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] ServiceCues =
    [
        "mediathek", "livestream", "live-stream", "im stream", "als stream", "den stream", "audiothek", "herunterladen", "abrufbar",
        "zu sehen", "ausgestrahlt", "ausgebucht", "anmeldung", "anmelden", "aufgezeichnet", "programmänderungen", "ihre fragen",
        "im chat", "zur website", "läuft parallel", "sendung beginnt", "ausgabe vom", "beginnt um", "im anschluss an",
        "livestreamed", "live-streamed", "streamed", "register", "registration", "log-in", "login details", "virtual meeting",
        "airs", "will air", "recordings", "recording", "subscribe", "rsvp", "question-and-answer portion", "watch live", "watch the",
        "available on", "available online", "tickets", "einlass", "eintritt", "podcast-app", "podcast app", "your podcasts", "alle podcast",
        "wiederholung", "verpasst", "nachschauen", "nachhören", "on demand",
    ];

    /// <summary>The cues as whole words, looked up at word starts only (one pass over a sentence for all of them).</summary>
    private static readonly WordStartCues ServiceCueWords = new(ServiceCues);

    /// <summary>A channel named by a compound ("YouTube-Kanal"): the one cue that ends a word rather than starting one.</summary>
    private const string ChannelCompound = "-kanal";

    // Kept as fields: a params array written at the call would be allocated on every call.
    private static readonly char[] DateWordPunctuation = ['.', ',', ':'];
    private static readonly char[] DateTokenPunctuation = ['.', ':', '(', ')', ';'];

    private static readonly SearchValues<char> TokenSeparatorValues = SearchValues.Create(" ,•|·–—");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>A line made of date, time, place or duration, or led by a schedule field label.</summary>
    public static bool IsScheduleLine(string line)
    {
        if (line.Length > 160)
            return false;
        var count = CountTokens(line);
        if (count == 0 || count > 16)
            return false;
        var label = line.IndexOf(':', StringComparison.Ordinal);
        if (label > 0 && label < 30 && SectionLabels.Lookup(line.AsSpan(0, label)) == SectionRole.Schedule)
            return true;
        if (line.AsSpan().IndexOfAny(Digits) < 0)
            return false; // no token can be dated: most lines, so they are not split
        if (line.EndsWith('.') && count > 8)
            return false;
        int dated = 0, timed = 0, counted = 0;
        var rest = line.AsSpan();
        while (NextToken(ref rest) is var token && !token.IsEmpty) // read as spans: this is asked of every line of a page
        {
            if (ConnectorWords.Contains(token.Trim(DateWordPunctuation)))
                continue;
            counted++;
            if (token.Length == 2 && char.IsLetter(token[0]) && char.IsLetter(token[1]))
                continue; // "Mo", "So" only as "Mo.", "So."
            if (IsDateToken(token))
            {
                timed++;
                if (token.IndexOfAny(Digits) >= 0)
                    dated++;
            }
        }

        return dated > 0 && timed * 5 >= counted * 2;
    }

    /// <summary>The next token of <paramref name="rest"/> between separators (space, comma, bullets, pipe, dashes); empty at the end.</summary>
    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> rest)
    {
        var start = rest.IndexOfAnyExcept(TokenSeparatorValues);
        if (start < 0)
        {
            rest = [];
            return [];
        }

        rest = rest[start..];
        var end = rest.IndexOfAny(TokenSeparatorValues);
        var token = end < 0 ? rest : rest[..end];
        rest = end < 0 ? [] : rest[end..];
        return token;
    }

    /// <summary>How many tokens <see cref="NextToken"/> gives, without reading them.</summary>
    private static int CountTokens(string line)
    {
        var count = 0;
        var inToken = false;
        foreach (var c in line)
        {
            var separator = TokenSeparatorValues.Contains(c);
            if (!separator && !inToken)
                count++;
            inToken = !separator;
        }

        return count;
    }

    /// <summary>Whether the line holds a clock time ("16.00 Uhr", "9:30 AM", "11:00–13:00", "20.15 bis 21.15 Uhr").</summary>
    public static bool HasClockTime(string line)
    {
        for (var i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is ':' or '.' && char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1]) && char.IsDigit(line[i + 2])
                && (i + 3 == line.Length || !char.IsDigit(line[i + 3])) && (i < 3 || !char.IsDigit(line[i - 3]) || line[i - 3] is ' '))
            {
                var rest = line.AsSpan(i + 3);
                var hour = i >= 2 && char.IsDigit(line[i - 2]) ? ((line[i - 2] - '0') * 10) + (line[i - 1] - '0') : line[i - 1] - '0';
                var minute = ((line[i + 1] - '0') * 10) + (line[i + 2] - '0');
                if (hour <= 24 && minute < 60 && (line[i] == ':' || rest.TrimStart().StartsWith("Uhr", StringComparison.Ordinal)
                    || rest.TrimStart().StartsWith("bis", StringComparison.Ordinal) || rest.TrimStart().StartsWith("–", StringComparison.Ordinal)))
                    return true;
            }
        }

        return line.Contains(" Uhr", StringComparison.Ordinal) && line.AsSpan().IndexOfAny(Digits) >= 0
            || line.Contains(" a.m.", StringComparison.Ordinal) || line.Contains(" p.m.", StringComparison.Ordinal)
            || line.Contains(" AM", StringComparison.Ordinal) || line.Contains(" PM", StringComparison.Ordinal);
    }

    /// <summary>A sentence about watching, listening, registering or the broadcast slot rather than the topic.</summary>
    public static bool IsServiceSentence(string sentence)
    {
        if (sentence.Length > 400)
            return false;
        Span<char> buffer = stackalloc char[sentence.Length]; // at most 400 characters, see above: asked for every sentence
        InvariantLower.Into(sentence, buffer);
        ReadOnlySpan<char> lower = buffer;
        return ServiceCueWords.HasWholeWords(lower) || EndsAWord(lower, ChannelCompound);
    }

    /// <summary>Whether <paramref name="part"/> occurs in <paramref name="lower"/> followed by the end or a non-letter.</summary>
    private static bool EndsAWord(ReadOnlySpan<char> lower, string part)
    {
        for (var from = 0; from < lower.Length;)
        {
            var found = lower[from..].IndexOf(part, StringComparison.Ordinal);
            if (found < 0)
                return false;
            var end = from + found + part.Length;
            if (end == lower.Length || !char.IsLetter(lower[end]))
                return true;
            from = from + found + 1;
        }

        return false;
    }

    /// <summary>A sentence whose part after a colon is a schedule ("… Gelegenheit: Samstag, 12. März, 0.30 bis 1.30 Uhr bei tagesschau24.").</summary>
    public static bool EndsInSchedule(string sentence)
    {
        var colon = sentence.LastIndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && IsScheduleLine(sentence[(colon + 2)..].TrimEnd('.'));
    }

    /// <summary>A weekday, month, time or date word ("Juni", "Thu", "Uhr").</summary>
    public static bool IsDateWord(ReadOnlySpan<char> word) => DateWordSpans.Contains(word.Trim(DateWordPunctuation));

    private static bool IsDateToken(ReadOnlySpan<char> token)
    {
        var bare = token.Trim(DateTokenPunctuation);
        if (bare.Length == 0)
            return false;
        if (DateWordSpans.Contains(bare))
            return true;
        var digits = 0;
        foreach (var c in bare)
        {
            if (char.IsDigit(c))
                digits++;
            else if (c is not ('.' or ':' or '/' or '-' or '+'))
                return digits > 0 && bare.Length <= 6 && (bare.EndsWith("th", StringComparison.Ordinal) || bare.EndsWith("st", StringComparison.Ordinal)
                    || bare.EndsWith("nd", StringComparison.Ordinal) || bare.EndsWith("rd", StringComparison.Ordinal) || bare.EndsWith('h')
                    || bare.EndsWith("min", StringComparison.Ordinal) || bare.EndsWith("am", StringComparison.Ordinal) || bare.EndsWith("pm", StringComparison.Ordinal));
        }

        return digits > 0;
    }
}
