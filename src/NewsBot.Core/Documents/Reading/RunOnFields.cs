using NewsBot.Core.Documents.Structure;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Gäste: A, Rolle; B, Org Wiederholung: Mi 17.02., 03:30 Uhr Genre: Politik": in a run-on listing record the guests'
/// field ends where the next field's label begins (one capitalised word of a known schedule or service label and a
/// colon), so the last guest's description does not run on into the repeat time.
/// </summary>
internal static class RunOnFields
{
    /// <summary><paramref name="part"/> up to the first later field label; the whole part when there is none.</summary>
    public static string CutAtNextLabel(string part)
    {
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
