namespace NewsBot.Core.Summaries;

/// <summary>
/// PageRank on a weighted undirected graph with a personalised teleport vector (summarization.md §5.1 step 6):
/// PR = (1 − d)·v + d·Σⱼ PRⱼ·wⱼᵢ/degⱼ; rows without edges send their mass along v.
/// </summary>
internal static class PersonalizedPageRank
{
    public const double Damping = 0.85;
    private const double Tolerance = 1e-8;
    private const int MaxIterations = 200;

    /// <param name="weights">Row-major n×n symmetric edge weights, zero diagonal.</param>
    /// <param name="teleport">Sums to 1.</param>
    /// <param name="rank">Receives the stationary distribution.</param>
    /// <param name="damping">Probability of following an edge rather than teleporting.</param>
    public static void Compute(ReadOnlySpan<double> weights, ReadOnlySpan<double> teleport, Span<double> rank, double damping = Damping)
    {
        var n = teleport.Length;
        Span<double> inverseDegree = n <= 256 ? stackalloc double[n] : new double[n];
        Span<double> share = n <= 256 ? stackalloc double[n] : new double[n];
        var danglingRows = false;
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            foreach (var w in weights.Slice(j * n, n))
            {
                sum += w;
            }

            inverseDegree[j] = sum == 0 ? 0 : 1 / sum;
            danglingRows |= sum == 0;
        }

        teleport.CopyTo(rank);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var j = 0; j < n; j++)
            {
                share[j] = rank[j] * inverseDegree[j];
                dangling += danglingRows && inverseDegree[j] == 0 ? rank[j] : 0;
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                // the graph is symmetric: the weight into i from j is row i's entry j, read contiguously
                var row = weights.Slice(i * n, n);
                var flow = 0.0;
                for (var j = 0; j < row.Length; j++)
                {
                    flow += share[j] * row[j];
                }

                var next = ((1 - damping) * teleport[i]) + (damping * (flow + (dangling * teleport[i])));
                change += Math.Abs(next - rank[i]);
                rank[i] = next;
            }

            if (change < Tolerance)
            {
                return;
            }
        }
    }
}
