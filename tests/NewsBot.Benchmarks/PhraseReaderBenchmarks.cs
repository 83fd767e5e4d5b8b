using BenchmarkDotNet.Attributes;
using NewsBot.Core.Documents.Phrases;
using NewsBot.Core.Documents.Reading;

namespace NewsBot.Benchmarks;

/// <summary>
/// The reader's hand-written phrase readers on long hostile texts (200,000 characters of near-misses, runs of white
/// space, one letter): each is linear, so every text takes about as long as reading it once per reader; a reader that
/// walked on from every position would take minutes (`--filter '*PhraseReaderBenchmarks*' --job short`).
/// </summary>
[MemoryDiagnoser]
public class PhraseReaderBenchmarks
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["capitals-then-near-miss"] = new string('A', 200_000) + " takes the chai",
        ["name-pairs"] = Repeat("Ab Cd "),
        ["stand-in-near-misses"] = Repeat("springt Ab Cd "),
        ["asks-then-adverbs"] = "asks Jo " + Repeat("heute "),
        ["moderation-near-misses"] = Repeat("hat ab "),
        ["white-space"] = new string(' ', 200_000),
        ["word-then-space-run"] = "Jo" + new string(' ', 200_000) + "asks",
        ["host-words"] = Repeat("Host "),
        ["joined-near-misses"] = Repeat("is joined in the studio byX "),
        ["join-near-misses"] = Repeat("join the Anna Kolb "),
        ["later-then-joins"] = "Later, A" + Repeat(" joins usual"),
        ["subject-then-space-run"] = "A" + new string(' ', 200_000) + "will",
    };

    [Params("capitals-then-near-miss", "name-pairs", "stand-in-near-misses", "asks-then-adverbs", "moderation-near-misses", "white-space",
        "word-then-space-run", "host-words", "joined-near-misses", "join-near-misses", "later-then-joins", "subject-then-space-run")]
    public string Text { get; set; } = "white-space";

    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Texts[Text];

    [Benchmark]
    public int HostReaders()
    {
        var t = _text;
        var found = 0;
        found += StandInPhrase.Find(t) is null ? 0 : 1;
        found += RoleWordBeforeName.Find(t) is null ? 0 : 1;
        found += CompanionPhrase.Name(t) is null ? 0 : 1;
        found += GuestsHostPhrases.TalksWithGuests(t) is null ? 0 : 1;
        found += GuestsHostPhrases.ReceivesGuests(t) is null ? 0 : 1;
        found += GuestsHostPhrases.SubjectAsksGuests(t) is null ? 0 : 1;
        found += ChairingPhrase.Rest(t) is null ? 0 : 1;
        found += TakesModerationPhrase.Taker(t) is null ? 0 : 1;
        found += HostReader.HasOtherDateWord(t) ? 1 : 0;
        found += HostReader.IsReported(t) ? 1 : 0;
        found += HostReader.FindHostRoleWord(t) is null ? 0 : 1;
        found += HostReader.EndsWithVerbBefore(t) ? 1 : 0;
        found += HostReader.EndsWithRelativePronoun(t) ? 1 : 0;
        found += HostReader.OpensWithOtherEdition(t) ? 1 : 0;
        return found;
    }

    [Benchmark]
    public int PanelReaders()
    {
        var t = _text;
        var found = 0;
        found += PanelCompletion.Opens(t) ? 1 : 0;
        found += GuestsTalkTo.Read(t) is null ? 0 : 1;
        found += DescribedSubject.Find(t) >= 0 ? 1 : 0;
        found += WillClause.Subject(t) is null ? 0 : 1;
        found += JoinInConversation.Guests(t) is null ? 0 : 1;
        found += JoinInConversation.Host(t) is null ? 0 : 1;
        found += ExtraGuest.Rest(t) is null ? 0 : 1;
        found += TakesPart.Read(t) is null ? 0 : 1;
        found += LaterGuest.Rest(t) is null ? 0 : 1;
        found += JoinedBy.Rest(t) is null ? 0 : 1;
        found += HostMid.Name(t) is null ? 0 : 1;
        found += DiscussionWord.Find(t).Start >= 0 ? 1 : 0;
        found += RelativeClauseOpening.Find(t).Start >= 0 ? 1 : 0;
        return found;
    }

    private static string Repeat(string piece) => string.Concat(Enumerable.Repeat(piece, 200_000 / piece.Length));
}
