using NewsBot.Core.Summaries;

namespace NewsBot.Core.Tests.Summaries;

public sealed class PersonalizedPageRankTests
{
    [Fact]
    public void Without_edges_the_rank_is_the_teleport_vector()
    {
        double[] teleport = [0.5, 0.3, 0.2];
        var rank = new double[3];

        PersonalizedPageRank.Compute(new double[9], teleport, rank);

        Assert.Equal(teleport, rank.Select(r => Math.Round(r, 9)));
    }

    [Fact]
    public void The_centre_of_a_path_ranks_highest_and_the_ranks_sum_to_one()
    {
        // a — b — c with unit weights, uniform teleport: b = 0.15/3 + 0.85·(a + c); a = c = 0.05 + 0.85·b/2
        double[] weights = [0, 1, 0, 1, 0, 1, 0, 1, 0];
        double[] teleport = [1.0 / 3, 1.0 / 3, 1.0 / 3];
        var rank = new double[3];

        PersonalizedPageRank.Compute(weights, teleport, rank, damping: 0.85);

        Assert.Equal(1.0, rank.Sum(), 9);
        Assert.Equal(rank[0], rank[2], 9);
        var b = rank[1];
        Assert.Equal((0.15 / 3) + (0.85 * (rank[0] + rank[2])), b, 6);
        Assert.Equal((0.15 / 3) + (0.85 * b / 2), rank[0], 6);
    }

    [Fact]
    public void The_teleport_vector_biases_the_rank_towards_its_favourites()
    {
        double[] weights = [0, 1, 0, 1, 0, 1, 0, 1, 0];
        var uniform = new double[3];
        var biased = new double[3];

        PersonalizedPageRank.Compute(weights, [1.0 / 3, 1.0 / 3, 1.0 / 3], uniform);
        PersonalizedPageRank.Compute(weights, [0.8, 0.1, 0.1], biased);

        Assert.True(biased[0] > uniform[0]);
        Assert.True(biased[0] > biased[2]);
    }
}
