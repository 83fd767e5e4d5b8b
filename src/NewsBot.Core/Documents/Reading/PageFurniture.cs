namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// Text a web page carries around its article that is not a sentence of the topic, read from its form alone: a
/// navigation path ("Radio › Programm › Ratgeber"), a line of fields joined by middle dots or bullets ("Mittwoch, 8.
/// September · Messe Dresden, Halle 3 · …"), a run of bracketed tags ("[S] [HD] [AD]"), a labelled field ("Fotos: …",
/// "Förderer: …", "Pastoral Support: …"), a bulleted list item ("• Fri 12 March: …"), a telephone number to call, a fragment that opens in lower case (a bio
/// cut from its name: "lehrt Städtebau an …") and a heading without closing punctuation. The reader's other decisions
/// do not use these: they only keep such text out of the summary.
/// </summary>
internal static class PageFurniture
{
    /// <summary>Why <paramref name="sentence"/> is page furniture, or null when it reads as a sentence.</summary>
    public static string? Reason(string sentence)
    {
        if (sentence.Length == 0)
            return null;
        if (Count(sentence, '›') + Count(sentence, '»') >= 2 || CountOf(sentence, " > ") >= 2)
            return "a navigation path";
        if (sentence.Contains(" · ", StringComparison.Ordinal) || sentence.Contains(" • ", StringComparison.Ordinal) || BracketTags(sentence) >= 2)
            return "a listing record";
        if (sentence.Length > 2 && sentence[0] is '•' or '▪' or '◦' or '‣' or '►' or '▶' && sentence[1] == ' ')
            return "a list item"; // a bulleted line is one item of a list (a newsletter's other items, a schedule), not the topic's prose
        if (OpensInLowerCase(sentence))
            return "a fragment";
        if (!EndsLikeASentence(sentence))
            return "a heading";
        if (IsLabelledField(sentence))
            return "a labelled field";
        if (HasTelephoneNumber(sentence))
            return "a practical note";
        return null;
    }

    /// <summary>"lehrt Städtebau …", "und außerdem …": the first word has no capital letter at all ("iPhone" has one).</summary>
    private static bool OpensInLowerCase(string sentence)
    {
        var start = 0;
        while (start < sentence.Length && !char.IsLetterOrDigit(sentence[start]))
            start++;
        if (start == sentence.Length || !char.IsLower(sentence[start]))
            return false;
        for (var i = start; i < sentence.Length && sentence[i] != ' '; i++)
        {
            if (char.IsUpper(sentence[i]))
                return false;
        }

        return true;
    }

    /// <summary>A sentence ends in ".", "!", "?" or "…", perhaps followed by closing quotes or brackets.</summary>
    private static bool EndsLikeASentence(string sentence)
    {
        var end = sentence.Length - 1;
        while (end > 0 && sentence[end] is '"' or '“' or '”' or '’' or '\'' or '«' or '»' or ')' or ']' or ' ')
            end--;
        return sentence[end] is '.' or '!' or '?' or '…';
    }

    /// <summary>
    /// "Fotos: Stadtbibliothek / A. Sommer", "Nutzer-Kommentare: …": one or two capitalised words and a colon open the
    /// sentence. A news sentence does not start that way; a quote attribution ("Berg: Wir …") is not the topic's prose either.
    /// </summary>
    private static bool IsLabelledField(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon is < 2 or > 30 || !char.IsUpper(sentence[0]))
            return false;
        var label = sentence.AsSpan(0, colon);
        var space = label.IndexOf(' ');
        if (space >= 0 && (label[(space + 1)..].Contains(' ') || !char.IsUpper(label[space + 1])))
            return false; // two words at most, both capitalised: "Fest steht: …" opens a sentence of the topic
        foreach (var c in label)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-'))
                return false;
        }

        return true;
    }

    /// <summary>"0800 44 55 660", "+44 20 7946 0958": a number to call, seven digits or more in groups, opening with 0 or +.</summary>
    private static bool HasTelephoneNumber(string sentence)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] is not ('0' or '+') || i > 0 && (char.IsLetterOrDigit(sentence[i - 1]) || sentence[i - 1] is '.' or ','))
                continue;
            var digits = 0;
            var groups = 1;
            var j = sentence[i] == '+' ? i + 1 : i;
            for (; j < sentence.Length; j++)
            {
                if (char.IsAsciiDigit(sentence[j]))
                    digits++;
                else if (sentence[j] is ' ' or '-' or '/' && j + 1 < sentence.Length && char.IsAsciiDigit(sentence[j + 1]))
                    groups++;
                else
                    break;
            }

            if (digits >= 7 && groups >= 2)
                return true;
            i = j;
        }

        return false;
    }

    /// <summary>Short bracketed tags such as "[HD]" or "[S]" (one pass: each "]" closes the last "[" before it).</summary>
    private static int BracketTags(string sentence)
    {
        var tags = 0;
        var open = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] == '[')
                open = i;
            else if (sentence[i] == ']' && open >= 0)
            {
                if (i - open <= 5)
                    tags++;
                open = -1;
            }
        }

        return tags;
    }

    private static int Count(string text, char c) => text.AsSpan().Count(c);

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
