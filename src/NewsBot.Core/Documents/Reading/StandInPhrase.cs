using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// "Für sie springt heute X ein", "X vertritt sie", "X is filling in", "X takes the chair", "Sitting in for Y tonight is
/// X", "In Vertretung von Y moderiert X": a stand-in presents this edition. The stand-in's two to four capitalised words
/// (NAME: <c>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}</c>) and where the phrase starts, as the first match of
/// <c>\b(?:springt|springen)\s+(?:(?:heute|diesmal|erneut|wieder|kurzfristig)\s+)*(?&lt;rest&gt;NAME)\s+(?:(?:für\s+\p{L}+\s+)?ein)\b</c>
/// | <c>^(?&lt;rest&gt;NAME)\s+(?:vertritt\s+(?:sie|ihn)|is\s+filling\s+in|fills\s+in|is\s+standing\s+in|stands\s+in)\b</c>
/// | <c>(?&lt;rest&gt;NAME)\s+(?:takes|will\s+take|is\s+taking)\s+the\s+chair\b</c>
/// | <c>^(?:Sitting|Standing|Filling)\s+in\s+for\s+PERSON(?:\s+(?:today|tonight|this\s+week|this\s+morning))?\s+(?:is|will\s+be)\s+(?&lt;rest&gt;NAME)</c>
/// | <c>^(?:In\s+Vertretung\s+(?:von\s+)?PERSON|Vertreten\s+(?:wird|werden)\s+(?:sie|er)(?:\s+(?:heute|diesmal))?\s+von)\s+(?:moderiert\s+(?:heute\s+)?)?(?&lt;rest&gt;NAME)</c>,
/// where PERSON, the one stood in for, is <c>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?</c>.
/// </summary>
internal static class StandInPhrase
{
    private const int MostNameWords = 4;

    private static readonly PhraseSet Springs = new(false, "springt", "springen");
    private static readonly PhraseSet SpringFillers = new(false, "heute", "diesmal", "erneut", "wieder", "kurzfristig");
    private static readonly PhraseSet StandsIn = new(false, "vertritt sie", "vertritt ihn", "is filling in", "fills in", "is standing in", "stands in");
    private static readonly PhraseSet TakesThe = new(false, "takes", "will take", "is taking");
    private static readonly PhraseSet SitsIn = new(false, "Sitting", "Standing", "Filling");
    private static readonly PhraseSet Times = new(false, "today", "tonight", "this week", "this morning");
    private static readonly PhraseSet IsOrWillBe = new(false, "is", "will be");
    private static readonly PhraseSet Replaced = new(false, "wird", "werden");
    private static readonly PhraseSet Pronouns = new(false, "sie", "er");
    private static readonly PhraseSet ThisTime = new(false, "heute", "diesmal");

    /// <summary>Where the first stand-in phrase starts and the stand-in's name words; null when the sentence has none.</summary>
    public static (int Index, string Name)? Find(string text)
    {
        // at the start the alternatives are tried in their order; later in the sentence only "springt X ein" and "X takes
        // the chair" can start, and the leftmost of them is the match ("springt" first at the same place)
        var springs = SpringsIn(text);
        if (springs is { Index: 0 })
            return springs;
        if (StandsInFor(text) is { } standsIn)
            return (0, standsIn);
        var chair = TakesTheChair(text);
        if (chair is { Index: 0 })
            return chair;
        if ((SittingInFor(text) ?? InPlaceOf(text)) is { } sitting)
            return (0, sitting);
        return springs is null || chair is { } c && c.Index < springs.Value.Index ? chair : springs;
    }

    // \b(?:springt|springen)\s+(?:(?:heute|…)\s+)*(?<rest>NAME)\s+(?:(?:für\s+\p{L}+\s+)?ein)\b
    private static (int Index, string Name)? SpringsIn(string text)
    {
        Span<int> ends = stackalloc int[MostNameWords];
        for (var (start, end) = Springs.Find(text); start >= 0; (start, end) = Springs.Find(text, start + 1))
        {
            var name = AfterFillers(text, Scan.AfterSpaces(text, end));
            for (var words = Scan.CapitalisedWords(text, name, Scan.IsNameLetterOrDot, ends); words >= 2; words--)
            {
                var next = Scan.AfterSpaces(text, ends[words - 1]);
                var forSomeone = Scan.AfterSpaces(text, Scan.AfterRun(text, Scan.AfterPhrase(text, next, "für "), char.IsLetter));
                if (EinAt(text, forSomeone) || EinAt(text, next))
                    return (start, text[name..ends[words - 1]]);
            }
        }

        return null;
    }

    // ^(?<rest>NAME)\s+(?:vertritt\s+(?:sie|ihn)|is\s+filling\s+in|fills\s+in|is\s+standing\s+in|stands\s+in)\b
    private static string? StandsInFor(string text)
    {
        Span<int> ends = stackalloc int[MostNameWords];
        for (var words = Scan.CapitalisedWords(text, 0, Scan.IsNameLetterOrDot, ends); words >= 2; words--)
        {
            if (StandsIn.AfterWhole(text, Scan.AfterSpaces(text, ends[words - 1])) >= 0)
                return text[..ends[words - 1]];
        }

        return null;
    }

    // (?<rest>NAME)\s+(?:takes|will\s+take|is\s+taking)\s+the\s+chair\b, the name starting anywhere (even inside a word)
    private static (int Index, string Name)? TakesTheChair(string text)
    {
        Span<int> ends = stackalloc int[MostNameWords];
        for (var run = 0; run < text.Length;)
        {
            if (!Scan.IsNameLetterOrDot(text[run]))
            {
                run++;
                continue;
            }

            // A name's first word ends where the run of name characters it starts in ends, so every capital of the run
            // (but its last character) starts the same words: only the first is tried, and each run is read a bounded
            // number of times (as a first word and as one of the next three words).
            var runEnd = Scan.AfterRun(text, run, Scan.IsNameLetterOrDot);
            var capital = run;
            while (capital < runEnd - 1 && !char.IsUpper(text[capital]))
                capital++;
            for (var words = capital < runEnd - 1 ? Scan.CapitalisedWords(text, capital, Scan.IsNameLetterOrDot, ends) : 0; words >= 2; words--)
            {
                var chair = Scan.AfterPhrase(text, Scan.AfterSpaces(text, TakesThe.After(text, Scan.AfterSpaces(text, ends[words - 1]))), "the chair");
                if (chair >= 0 && Scan.IsBoundary(text, chair))
                    return (capital, text[capital..ends[words - 1]]);
            }

            run = runEnd;
        }

        return null;
    }

    // ^(?:Sitting|Standing|Filling)\s+in\s+for\s+PERSON(?:\s+(?:today|tonight|this\s+week|this\s+morning))?\s+(?:is|will\s+be)\s+(?<rest>NAME)
    private static string? SittingInFor(string text)
    {
        var person = Scan.AfterPhrase(text, Scan.AfterSpaces(text, SitsIn.After(text, 0)), "in for ");
        var first = Scan.AfterCapitalised(text, person, Scan.IsNameLetterOrDot);
        var second = Scan.AfterCapitalised(text, Scan.AfterSpaces(text, first), Scan.IsNameLetterOrDot);
        return (second >= 0 ? NameAfterIsOrWillBe(text, second) : null) ?? NameAfterIsOrWillBe(text, first);
    }

    // (?:\s+(?:today|…))?\s+(?:is|will\s+be)\s+(?<rest>NAME)
    private static string? NameAfterIsOrWillBe(string text, int at)
    {
        var next = Scan.AfterSpaces(text, at);
        var afterTime = Scan.AfterSpaces(text, Times.After(text, next));
        var verb = afterTime >= 0 && IsOrWillBe.After(text, afterTime) >= 0 ? afterTime : next;
        return LongestName(text, Scan.AfterSpaces(text, IsOrWillBe.After(text, verb)));
    }

    // ^(?:In\s+Vertretung\s+(?:von\s+)?PERSON|Vertreten\s+(?:wird|werden)\s+(?:sie|er)(?:\s+(?:heute|diesmal))?\s+von)\s+(?:moderiert\s+(?:heute\s+)?)?(?<rest>NAME)
    private static string? InPlaceOf(string text)
    {
        var inPlace = Scan.AfterPhrase(text, 0, "In Vertretung ");
        if (inPlace >= 0)
        {
            var person = Scan.AfterPhrase(text, inPlace, "von ") is var von and >= 0 ? von : inPlace;
            var first = Scan.AfterCapitalised(text, person, Scan.IsNameLetterOrDot);
            var second = Scan.AfterCapitalised(text, Scan.AfterSpaces(text, first), Scan.IsNameLetterOrDot);
            return (second >= 0 ? ModeratedName(text, second) : null) ?? ModeratedName(text, first);
        }

        var pronoun = Scan.AfterSpaces(text, Pronouns.After(text, Scan.AfterSpaces(text, Replaced.After(text, Scan.AfterPhrase(text, 0, "Vertreten ")))));
        var afterTime = Scan.AfterSpaces(text, ThisTime.After(text, pronoun));
        return ModeratedName(text, Scan.AfterPhrase(text, afterTime >= 0 ? afterTime : pronoun, "von"));
    }

    // \s+(?:moderiert\s+(?:heute\s+)?)?(?<rest>NAME)
    private static string? ModeratedName(string text, int at)
    {
        var name = Scan.AfterSpaces(text, at);
        if (Scan.AfterPhrase(text, name, "moderiert ") is var moderated and >= 0)
            name = Scan.AfterPhrase(text, moderated, "heute ") is var today and >= 0 ? today : moderated;
        return LongestName(text, name);
    }

    // NAME with nothing after it: as many words as there are, up to four, and at least two
    private static string? LongestName(string text, int at)
    {
        Span<int> ends = stackalloc int[MostNameWords];
        var words = Scan.CapitalisedWords(text, at, Scan.IsNameLetterOrDot, ends);
        return words >= 2 ? text[at..ends[words - 1]] : null;
    }

    // (?:(?:heute|diesmal|erneut|wieder|kurzfristig)\s+)*
    private static int AfterFillers(string text, int at)
    {
        while (Scan.AfterSpaces(text, SpringFillers.After(text, at)) is var next and >= 0)
            at = next;
        return at;
    }

    private static bool EinAt(string text, int at) => Scan.AfterPhrase(text, at, "ein") is var end and >= 0 && Scan.IsBoundary(text, end);
}
