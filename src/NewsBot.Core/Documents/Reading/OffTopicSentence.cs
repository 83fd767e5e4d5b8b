using NewsBot.Core.Documents.Structure;
using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Sentences of a page's prose that are about the event rather than its topic, and so never a summary sentence: the
/// sentence that introduces the panel (it names two panelists or more) or one panelist (their name with the role or
/// affiliation read for them), programme items in prose ("Zur Begrüßung spricht
/// …", "Welcome remarks by …"), practical notes (access, interpreting, registration, sponsorship, "on this page", the
/// live chat, going live, cookie notices, numbers to call, press seats), a newsletter's furniture, where the event's material
/// is published, disclaimers, other editions ("Coming up Thursday: …"), guests' biographies (<see cref="BiographySentence"/>),
/// web and mail addresses, the page's publishing line, listing records joined by " | ", and the
/// event's own slot (a date and a clock time in a sentence that names the event: "On Tuesday, February 10 at 3 p.m.,
/// the council will hold a panel …").
/// The reader's other decisions do not use these cues: they only keep such sentences out of the summary.
/// </summary>
internal static partial class OffTopicSentence
{
    private const int MaxNoteLength = 600;

    /// <summary>Why the sentence is about the event, or null when it may be a sentence of the topic.</summary>
    public static string? Reason(string sentence, PanelMention mention)
    {
        if (PanelIntroduction(sentence, mention) is { } introduction)
            return introduction;
        if (sentence.Contains(" | ", StringComparison.Ordinal))
            return "a listing record";
        if (IsProgrammeItem(sentence))
            return "a programme item";
        // a note about the event is short; a long sentence is prose that may mention one, so only short ones are looked at
        Span<char> lower = sentence.Length <= MaxNoteLength ? stackalloc char[sentence.Length] : [];
        InvariantLower.Into(sentence.AsSpan(0, lower.Length), lower);
        var cues = Cues.Find(lower);
        if ((cues & Practical) != 0 || HasAddress(sentence))
            return "a practical note";
        if ((cues & ProgrammeRole) != 0)
            return "a programme item";
        if (StartsWithAny(lower, SponsorStarts))
            return "a sponsor's line";
        if ((cues & Newsletter) != 0)
            return "the newsletter's own furniture";
        if ((cues & Material) != 0 && (cues & Publishing) != 0)
            return "where the event's material is published";
        if (IsDisclaimer(lower, cues))
            return "a disclaimer";
        if ((cues & OtherProgramme) != 0 || StartsWithAny(lower, OtherEditionStarts))
            return "another programme beside the event";
        if (BiographySentence.Is(sentence))
            return "a guest's biography";
        foreach (var start in PublishingStarts)
        {
            if (sentence.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                return "the page's publishing line";
        }
        foreach (var start in CreditStarts)
        {
            if (sentence.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                return "a credit";
        }
        if (sentence.StartsWith("Join ", StringComparison.Ordinal))
            return "an invitation to the reader"; // "Join three researchers who …": the imperative addresses the reader
        if (AsksTheReader(sentence, lower, cues))
            return "a request to the reader";
        if (OpensWithClockTime(sentence))
            return "a listing entry"; // "18:30 Die Akte Ostwinkel – Dokumentation …": a programme guide's slot, whatever follows
        if (ScheduleText.HasClockTime(sentence) && HasDateWord(sentence) && (cues & EventWord) != 0)
            return "the event's date and time";
        return null;
    }

    /// <summary>
    /// A sentence that asks something of the reader, not one about the topic: "Bitte …"/"Please …", a polite German
    /// imperative ("Bringen Sie …", "Vergessen Sie nicht …"), a passive request ("Gäste werden gebeten, …", "Visitors
    /// are asked to …"), "… nicht vergessen!", "Don't forget …". Questions stay (they may be the discussion's).
    /// </summary>
    private static bool AsksTheReader(string sentence, ReadOnlySpan<char> lower, int cues)
    {
        if (sentence.EndsWith('?') || lower.Length == 0)
            return false;
        if (sentence.StartsWith("Bitte ", StringComparison.Ordinal) || sentence.StartsWith("Please ", StringComparison.Ordinal)
            || sentence.StartsWith("Don't forget", StringComparison.Ordinal) || sentence.StartsWith("Don’t forget", StringComparison.Ordinal))
            return true;
        if ((cues & Request) != 0)
            return true;
        var space = sentence.IndexOf(' ', StringComparison.Ordinal);
        return space > 3 && char.IsUpper(sentence[0]) && sentence.AsSpan(0, space).EndsWith("en", StringComparison.Ordinal)
            && sentence.AsSpan(space + 1).StartsWith("Sie ", StringComparison.Ordinal) && !sentence.AsSpan(0, space).Contains('-');
    }

    /// <summary>
    /// "18:30 phoenix plus …", "20.15 Uhr Tagesthemen", "HD UT 20:15 Thema: …": a sentence that starts with a clock time
    /// (after a guide's short capital flags) is a listing's slot ("12.50 Euro …" is no time).
    /// </summary>
    private static bool OpensWithClockTime(string sentence)
    {
        var start = 0;
        for (var flags = 0; flags < 5 && IsListingFlag(sentence, start, out var next); flags++)
            start = next;
        var space = sentence.IndexOf(' ', start);
        return space - start is 4 or 5 && char.IsDigit(sentence[start])
            && ScheduleText.HasClockTime(sentence[start..Math.Min(sentence.Length, space + 4)]);
    }

    /// <summary>A programme guide's flag at <paramref name="start"/>: one to four capital letters and a space ("HD ", "UT ", "VPS ").</summary>
    private static bool IsListingFlag(string sentence, int start, out int next)
    {
        next = start;
        while (next < sentence.Length && char.IsAsciiLetterUpper(sentence[next]))
            next++;
        var length = next - start;
        if (length is < 1 or > 4 || next >= sentence.Length || sentence[next] != ' ')
            return false;
        next++;
        return true;
    }

    /// <summary>"Not financial or tax advice.", "Keine Anlageberatung.", "Disclaimer: …" (lower case).</summary>
    private static bool IsDisclaimer(ReadOnlySpan<char> lower, int cues)
    {
        if ((cues & Disclaimer) != 0)
            return true;
        var negated = lower.StartsWith("not ") || lower.StartsWith("this is not ") || lower.StartsWith("nothing here is ") || lower.StartsWith("keine ")
            || lower.StartsWith("dies ist keine ") || lower.StartsWith("das ist keine ");
        return negated && lower.Length <= 120 && (cues & Advice) != 0;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> lower, string[] starts)
    {
        foreach (var start in starts)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "… with Anna Berg and Ole Krüger": the sentence names two panelists or more; "First up is Dr. Lena Roth, a
    /// hydrologist at …": it gives one panelist's name with the role or affiliation read for them.
    /// </summary>
    private static string? PanelIntroduction(string sentence, PanelMention mention)
    {
        if (mention.Count >= 2)
            return "the panel's introduction";
        var described = mention.First is { } expert && (expert.Role is { Length: >= 4 } role && sentence.Contains(role, StringComparison.OrdinalIgnoreCase)
            || expert.Affiliation is { Length: >= 4 } affiliation && sentence.Contains(affiliation, StringComparison.Ordinal));
        return described ? "a panelist's introduction" : null;
    }

    /// <summary>
    /// "Zur Begrüßung spricht …", "Keynote by …": a programme label of up to three words (after "Zur"/"Zum"/"Als"/"For")
    /// ending in a colon or followed by a linking word. Reads the first words as spans: it is asked of every sentence.
    /// </summary>
    private static bool IsProgrammeItem(string sentence)
    {
        Span<Range> words = stackalloc Range[6]; // five words, and the rest of the sentence in the sixth
        var text = sentence.AsSpan();
        var count = Math.Min(5, text.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries));
        var start = count > 0 && IsAnyOf(text[words[0]], ProgrammePrepositions) ? 1 : 0;
        Span<char> label = stackalloc char[MaxLabelLength];
        var labelLength = 0;
        for (var length = 1; start + length < count && length <= 3; length++)
        {
            var word = text[words[start + length - 1]];
            if (labelLength + word.Length + 1 > MaxLabelLength)
                return false; // longer than any label
            if (length > 1)
                label[labelLength++] = ' ';
            word.CopyTo(label[labelLength..]);
            labelLength += word.Length;
            var role = SectionLabels.Lookup(label[..labelLength]);
            if (role is not (SectionRole.Welcome or SectionRole.Keynote or SectionRole.Impulse or SectionRole.Closing))
                continue;
            var next = text[words[start + length]];
            if (label[labelLength - 1] == ':' || IsAnyOf(next.TrimEnd([':', ',']), ProgrammeLinks))
                return true;
        }

        return false;
    }

    /// <summary>Longer than any programme label of up to three words (with room for spacing and punctuation).</summary>
    private const int MaxLabelLength = 96;

    private static bool IsAnyOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>A web or mail address: where to register, write or watch.</summary>
    private static bool HasAddress(string sentence)
    {
        if (sentence.Contains("http://", StringComparison.OrdinalIgnoreCase) || sentence.Contains("https://", StringComparison.OrdinalIgnoreCase)
            || sentence.Contains("www.", StringComparison.OrdinalIgnoreCase))
            return true;
        if (HasDomainPath(sentence))
            return true;
        var at = sentence.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && char.IsLetterOrDigit(sentence[at - 1]) && sentence.AsSpan(at).IndexOfAny(' ', '.') is var stop and > 1
            && sentence[at + stop] == '.';
    }

    /// <summary>"auf ifat.de/live", "at example.org/stream": a host name with a two- to four-letter top-level domain and a path.</summary>
    private static bool HasDomainPath(string sentence)
    {
        for (var slash = sentence.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = sentence.IndexOf('/', slash + 1))
        {
            var dot = slash - 1;
            while (dot >= 0 && char.IsAsciiLetterLower(sentence[dot]))
                dot--;
            if (slash - dot - 1 is >= 2 and <= 4 && dot > 0 && sentence[dot] == '.' && char.IsLetterOrDigit(sentence[dot - 1])
                && slash + 1 < sentence.Length && char.IsLetterOrDigit(sentence[slash + 1]))
                return true;
        }

        return false;
    }

    private static bool HasDateWord(string sentence)
    {
        var text = sentence.AsSpan();
        foreach (var range in text.Split(' '))
        {
            if (ScheduleText.IsDateWord(text[range]))
                return true;
        }

        return false;
    }
}
