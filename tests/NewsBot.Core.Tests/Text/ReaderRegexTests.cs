using System.Reflection;
using System.Text.RegularExpressions;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Text;

public class ReaderRegexTests
{
    /// <summary>
    /// The runtime's non-backtracking engine keeps megabytes of tables per expression for the life of the process and
    /// takes tens of milliseconds to build each; phrases are read by hand instead (Scan, PhraseSet).
    /// </summary>
    [Fact]
    public void The_core_uses_no_expression_of_the_non_backtracking_engine()
    {
        var nonBacktracking = typeof(DiscussionParser).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(method => (method, attribute: method.GetCustomAttribute<GeneratedRegexAttribute>()))
            .Where(pair => pair.attribute is { } attribute && attribute.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(pair => $"{pair.method.DeclaringType?.Name}.{pair.method.Name}")
            .ToList();

        Assert.Empty(nonBacktracking);
    }
}
