namespace NewsBot.Core.Tests.Text;

/// <summary>Checks a stemmer against "word stem" lines taken from the reference implementation.</summary>
internal static class GoldenPairs
{
    public static void AssertAllMatch(string pairs, Func<string, string> stem)
    {
        var mismatches = new List<string>();
        var count = 0;
        foreach (var line in pairs.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            count++;
            var actual = stem(parts[0]);
            if (actual != parts[1])
            {
                mismatches.Add($"{parts[0]}: expected {parts[1]}, got {actual}");
            }
        }

        Assert.True(count > 300, $"only {count} pairs");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
