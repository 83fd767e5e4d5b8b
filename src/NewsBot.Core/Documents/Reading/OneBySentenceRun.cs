namespace NewsBot.Core.Documents.Reading;

/// <summary>What a sentence says for a run of guests introduced one per sentence.</summary>
internal enum RunStep
{
    /// <summary>The run ends before this sentence.</summary>
    Ends,

    /// <summary>The run goes on past this sentence (the host's), which adds no guest.</summary>
    Skipped,

    /// <summary>The sentence introduces one guest.</summary>
    Guest,
}

/// <summary>
/// The runs of guests introduced one per sentence (<see cref="IntroducedOneBySentence"/>) in one paragraph, each sentence
/// read at most once per direction: in a paragraph of many sentences that each add a guest, every one of them starts a
/// run over the <see cref="ReadingContext.PanelistsLookedFor"/> sentences before it, and reading each sentence anew for
/// every run made such a paragraph 32 times the work (a second for 200 KB).
/// </summary>
internal sealed class OneBySentenceRun(Block block)
{
    private (RunStep Step, Expert? Guest)?[]? _after;
    private (RunStep Step, Expert? Guest)?[]? _before;

    /// <summary>
    /// The guests introduced one per sentence after sentence <paramref name="announcing"/>, which announced a panel
    /// without names (or named one guest); none unless at least <paramref name="minimum"/>.
    /// </summary>
    public List<Expert> After(int announcing, int minimum = 2)
    {
        var found = new List<Expert>();
        // a panel is a handful of guests: reading on further would make a paragraph of thousands of such sentences quadratic
        for (var s = announcing + 1; s < block.Sentences.Count && s <= announcing + ReadingContext.PanelistsLookedFor; s++)
        {
            if (block.IsSentenceRemoved(s))
                break;
            var (step, guest) = (_after ??= new (RunStep, Expert?)?[block.Sentences.Count])[s] ??= IntroducedOneBySentence.AfterStep(block.Sentences[s]);
            if (step == RunStep.Ends)
                break;
            if (guest is not null && found.TrueForAll(e => e.Name != guest.Name))
                found.Add(guest);
        }

        return found.Count >= minimum ? found : [];
    }

    /// <summary>
    /// "X spricht mit der Hydrogeologin A von Y. Ihr zur Seite sitzt der Landwirt B. Die Sicht der Versorger bringt C ein,
    /// …. Komplettiert wird die Runde durch D.": a sentence that adds a guest ("also", "completes", "zugeschaltet") says
    /// that guests came before it. Going back from sentence <paramref name="adding"/>, each sentence that introduces one
    /// described person is a guest; the run ends at a sentence that introduces nobody, at news, reported speech or another
    /// programme item's speaker.
    /// </summary>
    public List<Expert> Before(int adding)
    {
        var found = new List<Expert>();
        // a panel is a handful of guests: looking back further would make a paragraph of thousands of such sentences quadratic
        for (var s = adding - 1; s >= 0 && s >= adding - ReadingContext.PanelistsLookedFor; s--)
        {
            if (block.IsSentenceRemoved(s))
                break;
            var (step, guest) = (_before ??= new (RunStep, Expert?)?[block.Sentences.Count])[s] ??= IntroducedOneBySentence.BeforeStep(block.Sentences[s]);
            if (step == RunStep.Ends)
                break;
            if (guest is not null && found.TrueForAll(e => e.Name != guest.Name))
                found.Insert(0, guest);
        }

        return found;
    }
}
