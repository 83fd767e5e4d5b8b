using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The host reader's phrases, read by hand, each checked against the regular expression it replaced (its match index and the group the reader uses).</summary>
public sealed class HostPhraseReaderTests
{
    [Fact]
    public void RoleWordBeforeNameIsTheFirstRoleWordBeforeACapital() =>
        RegexEquivalence.AssertSame(
            @"(?:\b|-)(?:Moderatorin|Moderator|Gastgeberin|Gastgeber|[Cc]o-?[Hh]ost|[Hh]ost|[Mm]oderator|[Pp]resenter|[Aa]nchor)\s+(?<rest>\p{Lu}[^?!]{2,150})",
            text => RoleWordBeforeName.Find(text) is { } found ? $"{found.Index}:{found.After}" : null,
            match => $"{match.Index}:{match.Groups["rest"].Value}",
            "Ko-Moderatorin Anna Berg", "--Host Anna Berg", "Co-Host  Jo Lee", "cohost Jo Lee", "coHost Jo", "Moderatorinx Moderator Anna Berg", "Host anna then Host Anna Berg", "Host Ab", "Host A?bc",
            "Host Anna Berg? Yes", "Gastgeberin\tMaria " + new string('x', 200), "the Anchor Nina Clark!", "hosts Anna, presenter Carl Dahl", "Moderator Jo");

    [Fact]
    public void CompanionIsTheNameAfterTheOpener() =>
        RegexEquivalence.AssertSame(
            @"^(?:In\s+the\s+studio\s+with|Im\s+Studio\s+bei|Joining)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*(?::|\s+(?:are|is|sind|ist)\b)",
            text => CompanionPhrase.Name(text),
            match => match.Groups["name"].Value,
            "In the studio with Jo: A", "In  the studio with Jo Lee : A", "Joining Jo are A and B", "Joining Jo Lee is", "Joining Jo Lee island", "Joining Jo Lee ist", "Joining Jo Lee isn't", "Im Studio bei Anna sind",
            "Im Studio bei Anna Berg Carl sind", "Joining J: x", "Joining O'Neil-Smith: x", "JoiningJo: x", "Joining Jo:", "Joining Jo Lee\n is");
}
