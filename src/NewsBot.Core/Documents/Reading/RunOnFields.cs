using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Gäste: A, Rolle; B, Org Wiederholung: Mi 17.02., 03:30 Uhr Genre: Politik": in a run-on listing record the guests'
/// field ends where the next field's label begins (one capitalised word of a known schedule or service label and a
/// colon), so the last guest's description does not run on into the repeat time.
/// </summary>
internal static class RunOnFields
{
    /// <summary>
    /// <paramref name="part"/> up to the first later field label, or up to the listing's technical tags ("… Cham 16:9 · HD ·
    /// Untertitel"): fields joined by middle dots are the record's furniture, and a format tag right before the first dot
    /// ("16:9", "5.1") is its first. The whole part when there is neither.
    /// </summary>
    public static string CutAtNextLabel(string part)
    {
        var dot = part.IndexOf(" · ", StringComparison.Ordinal);
        if (dot > 0)
        {
            part = part[..dot].TrimEnd();
            var space = part.LastIndexOf(' ');
            if (space > 0 && part[(space + 1)..] is var tag && tag.All(c => char.IsAsciiDigit(c) || c is ':' or '.') && tag.Any(c => c is ':' or '.'))
                part = part[..space].TrimEnd();
        }


        for (var colon = part.IndexOf(": ", StringComparison.Ordinal); colon > 0; colon = part.IndexOf(": ", colon + 1, StringComparison.Ordinal))
        {
            var start = colon;
            while (start > 0 && char.IsLetter(part[start - 1]))
                start--;
            if (start == 0 || start == colon || part[start - 1] != ' ' || !char.IsUpper(part[start]))
                continue;
            if (SectionLabels.Lookup(part.AsSpan(start, colon - start)) is SectionRole.Schedule)
                return part[..start].TrimEnd();
        }

        return part;
    }
}
