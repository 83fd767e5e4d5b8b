namespace NewsBot.Core.Summaries;

/// <summary>
/// Maximal marginal relevance selection within a budget (summarization.md §5.1 steps 8–9): repeatedly take the
/// sentence maximising λ·score − (1 − λ)·(max cosine to the chosen ones); never one more similar than the duplicate
/// cut to a chosen sentence; a sentence that opens with a pronoun only together with its predecessor. Sentences that
/// no longer fit are skipped, so shorter lower-ranked ones can still fill the budget. Ties go to the earlier sentence.
/// </summary>
internal sealed class MmrSelector(double lambda, double duplicateCosine)
{
    private readonly double _lambda = lambda;
    private readonly double _duplicateCosine = duplicateCosine;

    /// <summary>Greedy MMR within the budget; returns indexes into <paramref name="members"/>.</summary>
    public List<int> Select(DocumentSentences sentences, List<int> members, double[] scores, ReadOnlySpan<double> cosine, SummaryBudget budget)
    {
        var n = members.Count;
        var maxCharacters = Math.Min(budget.MaxCharacters, SummaryBudget.HardCapCharacters);
        var chosen = new List<int>(budget.MaxSentences);
        var isChosen = new bool[n];
        var rejected = new bool[n];
        var used = 0;
        while (chosen.Count < budget.MaxSentences)
        {
            var best = -1;
            var bestValue = double.NegativeInfinity;
            for (var i = 0; i < n; i++)
            {
                if (isChosen[i] || rejected[i])
                {
                    continue;
                }

                var redundancy = MaxSimilarity(cosine, n, i, chosen);
                if (redundancy > _duplicateCosine || !Fits(used, chosen.Count, sentences.Length(members[i]), maxCharacters))
                {
                    rejected[i] = true;
                    continue;
                }

                var value = (_lambda * scores[i]) - ((1 - _lambda) * redundancy);
                if (value > bestValue)
                {
                    bestValue = value;
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            if (Anaphora.NeedsPredecessor(sentences.TextOf(members[best])))
            {
                var predecessor = best - 1;
                var resolved = predecessor >= 0 && members[predecessor] == members[best] - 1;
                if (resolved && !isChosen[predecessor])
                {
                    var both = sentences.Length(members[predecessor]) + 1 + sentences.Length(members[best]);
                    resolved = chosen.Count + 2 <= budget.MaxSentences
                        && Fits(used, chosen.Count, both, maxCharacters)
                        && MaxSimilarity(cosine, n, predecessor, chosen) <= _duplicateCosine;
                    if (resolved)
                    {
                        used += (chosen.Count > 0 ? 1 : 0) + sentences.Length(members[predecessor]);
                        chosen.Add(predecessor);
                        isChosen[predecessor] = true;
                    }
                }

                if (!resolved)
                {
                    rejected[best] = true;
                    continue;
                }
            }

            used += (chosen.Count > 0 ? 1 : 0) + sentences.Length(members[best]);
            chosen.Add(best);
            isChosen[best] = true;
        }

        return chosen;
    }

    private static bool Fits(int used, int count, int length, int maxCharacters) =>
        used + (count > 0 ? 1 : 0) + length <= maxCharacters;

    private static double MaxSimilarity(ReadOnlySpan<double> cosine, int n, int i, List<int> chosen)
    {
        var max = 0.0;
        foreach (var j in chosen)
        {
            max = Math.Max(max, cosine[(i * n) + j]);
        }

        return max;
    }
}
