using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Two shapes that name the host without a host phrase in the sentence itself: the answer to a question that asks who
/// hosts ("Wer moderiert? Die Kulturredakteurin X", "Who is hosting? Our editor X"), and the show's name followed by
/// "with"/"mit" and a person ("Talkback with X — Radio 1", "Nachtcafé mit X").
/// </summary>
internal static partial class HostReader
{
    /// <summary>
    /// The person the sentence names when the sentence before asks who hosts: a short question that opens with "Wer"/"Who" and
    /// has a host word ("moderiert", "Moderation", "führt durch", "host", "moderat", "chair", "present").
    /// </summary>
    internal static (string Name, bool Whole, string Rule)? AnswersWhoHosts(string sentence, string? before)
    {
        if (before is null || before.Length > 60 || !before.TrimEnd().EndsWith('?') || sentence.Length > 200
            || !(before.StartsWith("Wer ", StringComparison.Ordinal) || before.StartsWith("Who", StringComparison.Ordinal)) || !AsksForHost(before))
            return null;
        return NameAfter(WithoutNicknames(sentence).TrimEnd('.')) is { } name && WithoutLeadingRole(WithoutRoleNoun(name)) is { } host
            ? (host, false, "the answer to a question who hosts ('Wer moderiert? Die Redakteurin X', 'Who's hosting? X')")
            : null;
    }

    private static bool AsksForHost(string question)
    {
        var lower = question.ToLowerInvariant();
        return lower.Contains("moderat", StringComparison.Ordinal) || lower.Contains("moderier", StringComparison.Ordinal) || lower.Contains("führt durch", StringComparison.Ordinal)
            || lower.Contains("host", StringComparison.Ordinal) || lower.Contains("chair", StringComparison.Ordinal) || lower.Contains("present", StringComparison.Ordinal)
            || lower.Contains("gastgeber", StringComparison.Ordinal);
    }

    /// <summary>
    /// "… Importe unsicher. Mod.: X Gäste: A (Org), B …", "Der Wolf ist zurück. 90 Min. Moderation: X Gäste: …": a moderation field in
    /// the middle of a run-on listing record (a capitalised label word, its colon, then the person up to the next field).
    /// </summary>
    private static string? RunOnHostField(ReadingContext context)
    {
        foreach (var line in context.Lines)
        {
            if (line.Kind is not (LineKind.Prose or LineKind.Heading) || line.Section is SectionRole.Welcome or SectionRole.Closing or SectionRole.Keynote or SectionRole.Other)
                continue;
            var text = line.Content;
            for (var colon = text.IndexOf(": ", StringComparison.Ordinal); colon > 0; colon = text.IndexOf(": ", colon + 1, StringComparison.Ordinal))
            {
                var start = colon;
                while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
                    start--;
                if (start == 0 || start == colon || text[start - 1] != ' ' || !char.IsUpper(text[start]) || SectionLabels.Lookup(text.AsSpan(start, colon - start)) != SectionRole.Host)
                    continue;
                var from = colon + 2;
                var next = text.IndexOf(':', from);
                var rest = next > from // up to the next field's label (sliced, not copied to the end: a line may hold many fields)
                    ? text[from..Math.Max(from, text.LastIndexOf(' ', next, next - from + 1))]
                    : text[from..];
                if (NameRightAfter(rest + " ") is not { } found)
                    continue;
                context.Explain(ExplanationFields.Host, found.Name, "a moderation field in the middle of a run-on listing record ('… Mod.: X Gäste: …')", line.Number);
                return found.Name;
            }
        }

        return null;
    }

    /// <summary>"Talkback with X — RTÉ Radio 1 — Friday", "Nachtcafé mit X": the show's name followed by "with"/"mit" and a person of two name words or more.</summary>
    private static string? ShowWithHost(ReadingContext context, List<PanelCandidate> panel)
    {
        if (context.Show is not { Length: > 2 } show)
            return null;
        foreach (var line in context.Lines)
        {
            if (line.Kind is not (LineKind.Heading or LineKind.Schedule or LineKind.Prose or LineKind.Label) || line.Content.Length > 400)
                continue;
            for (var at = line.Content.IndexOf(show, StringComparison.Ordinal); at >= 0; at = line.Content.IndexOf(show, at + 1, StringComparison.Ordinal))
            {
                var rest = line.Content.AsSpan(at + show.Length);
                var with = rest.StartsWith(" with ", StringComparison.Ordinal) ? 6 : rest.StartsWith(" mit ", StringComparison.Ordinal) ? 5 : -1;
                if (with < 0 || NameRightAfter(rest[with..].ToString()) is not { } found || panel.Exists(p => p.Expert.Name == found.Name))
                    continue;
                context.Explain(ExplanationFields.Host, found.Name, "the show's name followed by 'with'/'mit' and a person ('Talkback with X')", line.Number);
                return found.Name;
            }
        }

        return null;
    }
}
