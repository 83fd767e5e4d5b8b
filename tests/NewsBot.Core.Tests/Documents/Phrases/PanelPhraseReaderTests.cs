using NewsBot.Core.Documents.Phrases;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents.Phrases;

/// <summary>Each hand reader of a panel introduction phrase against the regular expression it replaced (kept here verbatim).</summary>
public class PanelPhraseReaderTests
{
    [Fact]
    public void PanelCompletionReadsAsTheExpression() =>
        RegexEquivalence.AssertSameIsMatch(
            @"^(?:(?:Komplettiert|Ergänzt|Vervollständigt)\s+(?:wird|wurde)\s+die\s+(?:Runde|Diskussion|Gesprächsrunde)|(?:Rounding|Filling)\s+out\s+the\s+panel|Completing\s+the\s+panel|Also\s+on\s+the\s+panel\s+(?:was|were)|(?:Ebenfalls|Außerdem|Auch)\s+auf\s+dem\s+Podium\s+(?:saß|saßen|war|waren))\b",
            PanelCompletion.Opens,
            "Komplettiert wird die Runde von X", "Ergänzt  wurde\tdie Gesprächsrunde durch X", "Vervollständigt wurde die Runden", "Ergänzt wurde die Diskussion.",
            "Rounding out the panel is X", "Filling  out the panel: X", "Completing the panelists", "Also on the panel were X", "Also on the panel wasn't",
            "Auch auf dem Podium saßen A und B", "Außerdem auf dem Podium saß X", "Ebenfalls auf dem Podium waren", "Auch auf dem Podium sitzen", "auch auf dem Podium saß X",
            "Auch auf dem Podium saßx");

    [Fact]
    public void DescribedSubjectReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"\b(?:spricht|diskutiert|redet|debattiert|unterhält\s+sich)\s+(?:der|die)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+mit)?\s*$",
            text => DescribedSubject.Find(text) is var at and >= 0 ? $"{at}:{text[at..]}" : null,
            match => $"{match.Index}:{match.Value}",
            "Dazu spricht der linksliberale Politiker mit", "Dazu diskutiert die Ökonomin", "Heute unterhält  sich die sehr junge Ärztin mit  ",
            "spricht der eine andere dritte Politiker mit", "redet die Vize-Chefin mit\n", "spricht der Politiker mitte", "spricht der Politiker mit X",
            "debattiert die Anna-Lena", "spricht der linke, Politiker", "spricht der X spricht die Ärztin", "spricht dieser Politiker", "spricht der politiker");

    [Fact]
    public void GuestsTalkToReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"^(?<rest>\p{Lu}[^?!;:]{3,500}?)\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?<host>\p{Lu}[^?!]{2,200})$",
            text => GuestsTalkTo.Read(text) is var (guests, host) ? $"{guests}|{host}" : null,
            match => $"{match.Groups["rest"].Value}|{match.Groups["host"].Value}",
            "Anna Kolb and Bob Lee talk to BBC Radio's X about it", "A and B talk to X", "Abcd talk to Xyz", "Abc talk to Xyz", "Abcd  talk  with  Xy\n",
            "Anna and Bob talk to nobody but talk to Ximena", "Anna and Bob talks to X", "Anna; Bob talk to Xavier", "Anna and Bob talk to Xavier?",
            "Anna and Bob chat with " + new string('x', 0) + "X" + new string('y', 200), "Anna and Bob chat with X" + new string('y', 200) + "\n",
            "Anna and Bob chat with X" + new string('y', 201), "Anna and Bob speak with Tom\n\n", "Anna and Bob talk to tom and then talk to Tom");

    [Fact]
    public void WillClauseReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"^(?<rest>[^?!]{3,900}?),?\s+will\s+\p{Ll}",
            text => WillClause.Subject(text),
            match => match.Groups["rest"].Value,
            "A, B and C will walk through it", "A, B and C, will walk", "Ab will go", "Abc will go", "Abc  ,  will go", "Abc,  will go", "Ann will Go and Bob will go",
            "Who? Ann will go", "Ann will go?", "Ann , will go", "Ann,will go", "A b will be", new string('a', 899) + " will go", new string('a', 901) + " will go",
            "x will  will go");

    [Fact]
    public void JoinInConversationGuestsReadAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"^(?<rest>[^?!]{3,900}?)\s+join\s+(?:\p{Ll}+\s+){0,3}\p{Lu}[^\s?!,]*(?:\s+\p{Lu}[^\s?!,]*){1,3}(?:,[^,?!]{1,100},)?\s+in\s+conversation\b",
            text => JoinInConversation.Guests(text),
            match => match.Groups["rest"].Value,
            JoinExtras);

    [Fact]
    public void JoinInConversationHostReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"\bjoin\s+(?:\p{Ll}+\s+){0,3}(?<name>\p{Lu}[^\s?!,]*(?:\s+\p{Lu}[^\s?!,]*){1,3})(?:,[^,?!]{1,100},)?\s+in\s+conversation\b",
            text => JoinInConversation.Host(text),
            match => match.Groups["name"].Value,
            JoinExtras);

    private static readonly string[] JoinExtras =
    [
        "A and B join broadcaster Anna Kolb in conversation", "A and B join the award winning broadcaster Anna Kolb in conversation",
        "A and B join a b c d Anna Kolb in conversation", "A and B join Anna in conversation", "A and B join Anna Maria Sophie Kolb Lee in conversation",
        "A and B join Anna Maria Sophie Kolb in conversation", "A and B join Anna Kolb, host of X, in conversation", "A and B join Anna Kolb, host, in conversations",
        "A and B join Anna Kolb,, in conversation", "A and B join co-host Anna Kolb in conversation", "A and B join Anna Kolb  in  conversation.", "rejoin Anna Kolb in conversation",
        "Ab join Anna Kolb in conversation", "Abc join Anna Kolb in conversation", "A join X, and B join Anna Kolb in conversation", "Who? A and B join Anna Kolb in conversation",
        "A and B join Anna Kolb, " + new string('x', 100) + ", in conversation", "A and B join Anna Kolb, " + new string('x', 101) + ", in conversation",
        "A and B join Anna B?rg in conversation", "A join them Anna Kolb In conversation",
    ];

    [Fact]
    public void ExtraGuestReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"^(?:Als\s+(?:\p{Ll}+\s+)?(?:Gast|Gäste|Gesprächspartner(?:in)?)\s+(?:ist|sind)|(?:Ebenfalls|Außerdem|Zudem|Auch)\s+(?:mit\s+)?dabei\s+(?:ist|sind))\s+(?<rest>[^?!]+)$|^(?:Ebenfalls|Außerdem|Zudem|Auch)\s+(?:ist|sind)\s+(?<rest>\p{Lu}[^,;:?!]{2,80}?)\s+(?:mit\s+)?dabei\b",
            text => ExtraGuest.Rest(text),
            match => match.Groups["rest"].Value,
            "Als vierter Gast ist der Unternehmer X dabei", "Als Gast ist X", "Als Gesprächspartnerin ist X", "Als Gesprächspartner sind X und Y", "Als Gesprächspartnerinnen sind X",
            "Als Gäste sind  ", "Als Gäste sind ", "Als Gast ist X?", "Als vierter, Gast ist X", "Als Vierter Gast ist X", "Außerdem mit dabei ist X", "Auch dabei sind X und Y",
            "Auch mit dabei sind", "Auch ist Anna Kolb mit dabei", "Zudem sind Anna und Bob dabei", "Auch ist Anna dabei und ist Bob dabei", "Auch ist Anna, Bob dabei",
            "Auch ist Ab dabei", "Auch ist Abc dabeisein", "Auch ist Abc mit  dabei.", "Ebenfalls ist anna dabei", "Auch ist A" + new string('b', 80) + " dabei",
            "Auch ist A" + new string('b', 79) + " dabei", "Als Gast ist \n", "Als Gast ist  \n");

    [Fact]
    public void TakesPartReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"^Among\s+(?:those|the\s+(?:speakers|panelists|panellists|guests))\s+(?:scheduled\s+to\s+speak|taking\s+part|expected\s+to\s+speak|on\s+the\s+panel)\s+(?:is|are)\s+(?<rest>[^?!]+)$|^(?<rest>\p{Lu}[^?!;]{2,200}?)\s+(?:will\s+(?:also\s+)?take\s+part|(?:also\s+)?takes\s+part|rounds?\s+out\s+the\s+(?:panel|line-?up))\b(?:[^,?!]{0,40},\s+(?:alongside|along\s+with|together\s+with)\s+(?<with>[^?!]+))?",
            text => TakesPart.Read(text) is var (guest, with) ? $"{guest}|{with ?? "-"}" : null,
            match => $"{match.Groups["rest"].Value}|{(match.Groups["with"].Success ? match.Groups["with"].Value : "-")}",
            "Among those scheduled to speak is X", "Among the panellists on the panel are X and Y", "Among the guests taking part is X?", "Among those expected to speak are  ",
            "Anna Kolb will also take part, alongside Bob Lee", "Anna Kolb will take part in the debate, together with Bob", "Anna takes part, along  with Bob!", "Anna also takes partly",
            "Anna Kolb rounds out the panel", "Anna and Bob round out the line-up", "Anna rounds out the lineup, alongside  ", "Anna rounds out the lineup, alongside  ?",
            "Ann will take part " + new string('x', 40) + ", alongside Bob", "Ann will take part " + new string('x', 39) + ", alongside Bob", "Ann will take part, alongside",
            "Ann; Bob will take part", "An takes part", "Ann will take part and Bob will take part, alongside Carl", "anna takes part");

    [Fact]
    public void LaterGuestReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"\bkomm(?:t|en)\s+(?:(?:noch|später|außerdem|dann|zudem|auch|live)\s+)*(?<rest>\p{Lu}[^:;?!]{2,200}?)\s+(?:noch\s+)?(?:dazu|hinzu)\b|^(?<rest>\p{Lu}[^:;?!]{2,200}?)\s+(?:will\s+)?joins?\s+(?:us\s+|the\s+(?:panel|conversation|discussion|programme|show)\s+)?later\b|^Later(?:\s+(?:in|on)\s+(?:the\s+)?\p{Ll}+)?,\s+(?<rest>\p{Lu}[^:;?!]{2,200}?)\s+(?:will\s+)?joins?\s+(?:us|the\s+(?:panel|conversation|discussion|programme|show|debate))\b",
            text => LaterGuest.Rest(text),
            match => match.Groups["rest"].Value,
            "Später kommt noch Anna Kolb dazu", "Später kommen dann noch live Anna und Bob noch hinzu", "kommt Anna dazu", "Es kommt Anna dazukommen", "willkommt Anna dazu",
            "Später kommt noch anna dazu", "kommt noch Anna dazu, kommt Bob dazu", "Anna Kolb joins us later", "Anna will join the panel later", "Anna joins later on",
            "Anna joins the show laterally", "Anna will joins us later", "Anna joinsus later", "Later, Anna will join us", "Later in the programme, Anna joins the debate",
            "Later on tonight, Anna joins the panel", "Later in the, Anna joins us", "Later, anna joins us", "Later,Anna joins us", "Later: Anna joins us", "Later, Anna joins usual",
            "Anna kommt dazu und kommt Bob dazu", "Ann: kommt Bob dazu", "Later in, Anna joins us", "Later on the show, Anna will join the debate");

    [Fact]
    public void JoinedByReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"(?:\bwill\s+be|\bis|\bare|['’]ll\s+be)\s+joined\s+(?:(?:in|on|at|around|from|via)\s+(?:the\s+)?[\p{L}-]+\s+)?by\s+(?<rest>[^?!]+)$",
            text => JoinedBy.Rest(text),
            match => match.Groups["rest"].Value,
            "She will be joined by A and B", "He is joined in the studio by A", "They'll be joined by A", "They’ll  be joined on stage by A", "She is joined at the by-election by A",
            "She is joined on the by A", "She is joined on the by by A", "This joined by A", "She is joined by A? He is joined by B", "She is joined by ", "She is joined by  ",
            "She is joined by  \n", "She is joined around the world by A", "He is joined via Zoom by A", "They are joined inside by A", "She is joined by-election by A",
            "She is joined in the studio byX is joined by B", "She wills be joined by A", "She is joined from the-studio by A", "isjoined by A, is joined by B");

    [Fact]
    public void HostMidReadsAsTheExpression() =>
        RegexEquivalence.AssertSame(
            @"\b(?:[Gg]uest\s+|[Ss]tand-in\s+)?(?:host|presenter|anchor|moderator)\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,[^,?!]{1,80},)?\s+(?:sits\s+down|talks|speaks|chats|discusses|is\s+joined|welcomes|hears\s+from)\b",
            text => HostMid.Name(text),
            match => match.Groups["name"].Value,
            "On this episode, host Anna Kolb sits down with X", "Guest host Anna Kolb, filling in for Y, talks with X", "Stand-in presenter Anna O'Neil-Kolb speaks",
            "host Anna talks", "host Anna B. C. D. Kolb talks", "host Anna B. C. Kolb talks", "co-host Anna Kolb chats", "hosts Anna Kolb talks", "host Anna Kolb talksy",
            "host Anna Kolb, " + new string('x', 80) + ", talks", "host Anna Kolb, " + new string('x', 81) + ", talks", "host Anna Kolb,, talks", "host Anna Kolb hears  from X",
            "host anna Kolb talks", "host Anna Berg1 talks", "anchor Anna Kolb is joined by", "host Anna Kolb said; moderator Bob Lee welcomes X");
}
