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
        var degree = new double[n];
        var next = new double[n];
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            foreach (var w in weights.Slice(j * n, n))
            {
                sum += w;
            }

            degree[j] = sum;
        }

        teleport.CopyTo(rank);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var j = 0; j < n; j++)
            {
                dangling += degree[j] == 0 ? rank[j] : 0;
            }

            for (var i = 0; i < n; i++)
            {
                var flow = 0.0;
                for (var j = 0; j < n; j++)
                {
                    var w = weights[(j * n) + i];
                    if (w != 0)
                    {
                        flow += rank[j] * w / degree[j];
                    }
                }

                next[i] = ((1 - damping) * teleport[i]) + (damping * (flow + (dangling * teleport[i])));
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change += Math.Abs(next[i] - rank[i]);
                rank[i] = next[i];
            }

            if (change < Tolerance)
            {
                return;
            }
        }
    }
}
