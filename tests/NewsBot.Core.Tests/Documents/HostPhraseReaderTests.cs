using NewsBot.Core.Documents.Reading;
using NewsBot.Core.Tests.Text;

namespace NewsBot.Core.Tests.Documents;

/// <summary>The host reader's phrases, read by hand, each checked against the regular expression it replaced (its match index and the group the reader uses).</summary>
public sealed class HostPhraseReaderTests
{
    [Fact]
    public void RoleWordBeforeNameIsTheFirstRoleWordBeforeACapital() =>
        RegexEquivalence.AssertSame(
            @"(?:\b|-)(?:Moderatorin|Moderator|Gastgeberin|Gastgeber|[Cc]o-?[Hh]ost|[Hh]ost|[Mm]oderator|[Pp]resenter|[Aa]nchor|Streamerin|[Ss]treamer)\s+(?<rest>\p{Lu}[^?!]{2,150})",
            text => RoleWordBeforeName.Find(text) is { } found ? $"{found.Index}:{found.After}" : null,
            match => $"{match.Index}:{match.Groups["rest"].Value}",
            "Ko-Moderatorin Anna Kolb", "--Host Anna Kolb", "Co-Host  Jo Lee", "cohost Jo Lee", "coHost Jo", "Moderatorinx Moderator Anna Kolb", "Host anna then Host Anna Kolb", "Host Ab", "Host A?bc",
            "Host Anna Kolb? Yes", "Gastgeberin\tMaria " + new string('x', 200), "the Anchor Nina Clark!", "hosts Anna, presenter Carl Dahl", "Moderator Jo", "Streamerin Lea Hartung holt", "the streamer Jo Lee", "Streamers Jo");

    [Fact]
    public void CompanionIsTheNameAfterTheOpener() =>
        RegexEquivalence.AssertSame(
            @"^(?:In\s+the\s+studio\s+with|Im\s+Studio\s+bei|Joining)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*(?::|\s+(?:are|is|sind|ist)\b)",
            text => CompanionPhrase.Name(text),
            match => match.Groups["name"].Value,
            "In the studio with Jo: A", "In  the studio with Jo Lee : A", "Joining Jo are A and B", "Joining Jo Lee is", "Joining Jo Lee island", "Joining Jo Lee ist", "Joining Jo Lee isn't", "Im Studio bei Anna sind",
            "Im Studio bei Anna Kolb Carl sind", "Joining J: x", "Joining O'Neil-Smith: x", "JoiningJo: x", "Joining Jo:", "Joining Jo Lee\n is");

    [Fact]
    public void StandInIsTheFirstStandInPhrase() =>
        RegexEquivalence.AssertSame(
            @"\b(?:springt|springen)\s+(?:(?:heute|diesmal|erneut|wieder|kurzfristig)\s+)*(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:(?:für\s+\p{L}+\s+)?ein)\b|^(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:vertritt\s+(?:sie|ihn)|is\s+filling\s+in|fills\s+in|is\s+standing\s+in|stands\s+in)\b|(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:takes|will\s+take|is\s+taking)\s+the\s+chair\b|^(?:Sitting|Standing|Filling)\s+in\s+for\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s+(?:today|tonight|this\s+week|this\s+morning))?\s+(?:is|will\s+be)\s+(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})|^(?:In\s+Vertretung\s+(?:von\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?|Vertreten\s+(?:wird|werden)\s+(?:sie|er)(?:\s+(?:heute|diesmal))?\s+von)\s+(?:moderiert\s+(?:heute\s+)?)?(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})",
            text => StandInPhrase.Find(text) is { } found ? $"{found.Index}:{found.Name}" : null,
            match => $"{match.Index}:{match.Groups["rest"].Value}",
            "Für sie springt heute Anna Kolb ein.", "Es springt diesmal kurzfristig Anna Kolb für Carl ein", "springt Anna Kolb für  Carl  eine", "springen Anna Kolb Carl Dora Emil ein", "springt Anna ein", "springt Anna Kolb einfach ein",
            "Anna Kolb vertritt sie", "Anna Kolb vertritt ihn heute", "Anna Kolb is filling in", "Anna B. Kolb fills in", "Anna Kolb Carl Dora Emil stands in", "Anna Kolb is standing inside",
            "Today Anna Kolb takes the chair", "xAnna Kolb will take the chair", "ANNA KOLB is taking the chair", "Ab Cd Ef Gh Ij takes the chair", "Anna Kolb takes the chairs", "Anna Kolb springt Carl Dora ein and Emil Fink takes the chair",
            "Emil Fink takes the chair, springt Carl Dora ein", "Sitting in for Jo tonight is Anna Kolb", "Standing in for Jo Lee this  week will be Anna Kolb Carl Dora Emil", "Filling in for J is Anna", "Filling in for Jo Lee Kay is Anna Kolb",
            "In Vertretung von Anna Carl Dora", "In Vertretung von Anna Kolb moderiert heute Carl Dora", "In Vertretung Anna Kolb Carl Dora Emil Fink", "In Vertretung von A B Cd Ef",
            "Vertreten wird sie heute von Anna Kolb", "Vertreten werden er von moderiert Anna Kolb", "Vertreten wird sie diesmal vonAnna Kolb", "Anna Kolb Springt ein und Carl Dora takes the chair", "xA Bc Cd takes the chair", "aBc Cd takes the chair", "A Bc Cd takes the chair");

    [Fact]
    public void TalksWithGuestsIsTheNameAfterTheVerb() =>
        RegexEquivalence.AssertSame(
            @"\b(?:spricht|diskutiert|redet|debattiert)\s+(?<rest>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:(?:heute|darüber|dazu|live|wieder)\s+)*mit\s+(?:ihren|seinen|zwei|drei|vier|fünf|sechs)\s+(?:Gäst|Gast)",
            text => GuestsHostPhrases.TalksWithGuests(text),
            match => match.Groups["rest"].Value,
            "Heute spricht Anna Kolb mit drei Gästen", "diskutiert Anna B. Kolb heute live mit ihren Gästen", "redet Anna mit zwei Gästen", "debattiert Anna Kolb Carl Dora Emil mit zwei Gästen", "spricht Anna Kolb mitten mit zwei Gast",
            "spricht Anna Kolb heute  wieder  mit\tsechs Gäst", "spricht Anna Kolb lively mit zwei Gästen", "Anna-spricht Carl Dora mit seinen Gästen");

    [Fact]
    public void ChairingIsTheRestAfterTheOpener() =>
        RegexEquivalence.AssertSame(
            @"^(?:Chairing|Moderating|Hosting|Presenting|Leading)\s+(?:the|this|tonight's|today's)\s+(?:evening|meeting|debate|discussion|session|panel|event|forum|hearing|town\s+hall|conversation|programme|show)\s*,\s+(?<rest>\S.{2,200})$|^(?:Die\s+)?(?:Leitung|Moderation)\s+(?:des\s+Abends|der\s+Diskussion|der\s+Debatte|der\s+Veranstaltung|des\s+Gesprächs|des\s+Podiums)\s+(?:hat|hatte|übernimmt|übernahm|liegt\s+bei|lag\s+bei)\s+(?<rest>\S.{2,200})$",
            text => ChairingPhrase.Rest(text),
            match => match.Groups["rest"].Value,
            "Chairing the evening, Valley FM presenter Jo Lee struggled", "Hosting tonight's town  hall ,  Jo Lee", "Leading this show,Jo Lee", "Chairing the evening, Jo\n", "Chairing the evening, Jo Lee\n", "Chairing the evening, Jo\nLee",
            "Chairing the evening, " + new string('x', 201), "Chairing the evening, " + new string('x', 200), "Die Leitung des Abends hatte Jo Lee", "Leitung der Debatte liegt bei Jo Lee", "Moderation des Podiums hat Jo", "Die Moderation der Veranstaltung hatten Jo Lee",
            "Die  Leitung des Gesprächs übernahm Jo Lee.\n");

    [Fact]
    public void ReceivesGuestsIsTheFewestWordsBeforeTheGuests() =>
        RegexEquivalence.AssertSame(
            @"\b(?:begrüß(?:t|en)|empfängt|fragt|befragt|welcomes|asks|quizzes)\s+(?<rest>\p{Lu}[^,;:?!]{2,100}?)\s+(?:(?:heute|dazu|live|today|tonight)\s+)*(?:zwei|drei|vier|fünf|ihre|seine|two|three|four|five|her|his)\s+(?:Gäste|Gast|guests)\b",
            text => GuestsHostPhrases.ReceivesGuests(text),
            match => match.Groups["rest"].Value,
            "Im Studio begrüßt Moderatorin Anna Kolb heute zwei Gäste", "begrüßen Anna Kolb heute dazu live zwei Gast", "asks Jo her guests", "asks Jo Lee his guests and two guests", "welcomes Jo Lee, her guests", "quizzes Jo  Lee  today  tonight three guests",
            "fragt Anna Kolb ihre Gästen und ihre Gäste", "empfängt Ab zwei Gäste", "befragt A zwei Gäste", "asks Jo Lee heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute heute two guests",
            "asks Jo " + new string('x', 99) + " her guests", "asks Jo " + new string('x', 98) + " her guests");

    [Fact]
    public void SubjectAsksGuestsIsTheFewestCharactersBeforeTheVerb() =>
        RegexEquivalence.AssertSame(
            @"^(?<rest>[^,;:?!]{3,120}?)\s+(?:asks|welcomes|quizzes|befragt|fragt|begrüßt|empfängt)\s+(?:(?:today|tonight|heute)\s+)?(?:her|his|their|two|three|four|five|ihre|seine|zwei|drei|vier|fünf)\s+(?:guests|Gäste)\b",
            text => GuestsHostPhrases.SubjectAsksGuests(text),
            match => match.Groups["rest"].Value,
            "Jo Lee asks her guests", "Jo asks her guests", "J asks her guests", "Jo  Lee   welcomes today two guests", "Jo Lee fragt heute ihre Gäste", "Jo Lee asks his guests, asks her guests", "Jo, Lee asks her guests", "Jo Lee asks her guestsx",
            new string('x', 119) + " asks her guests", new string('x', 121) + " asks her guests", "Jo asks  her asks her guests");

    [Fact]
    public void TakesModerationIsTheWordsBetweenTheVerbAndTheModeration() =>
        RegexEquivalence.AssertSame(
            @"\b(?:übernahm|übernimmt|übernehmen|übernahmen|hatte|hat|führt|führte|teilen\s+sich)\s+(?<rest>[^,;:?!]{3,120}?)\s+(?:die|den)\s+(?:Moderation|Gesprächsleitung|Diskussionsleitung|Leitung\s+(?:des\s+Gesprächs|der\s+Diskussion|des\s+Podiums|des\s+Abends)|Vorsitz)\b|^(?<rest>\p{Lu}[^,;:?!]{3,120}?)\s+(?:took|takes|will\s+take)\s+over\s+as\s+(?:moderator|host|chair)\b",
            text => TakesModerationPhrase.Taker(text),
            match => match.Groups["rest"].Value,
            "Danach übernahm die Journalistin Jo Lee die Moderation", "hat die Moderation", "hat  ab die Moderation", "hat    ab die Moderation", "hat     ab die Moderation", "hat\t\t\t\t\t\t\t ab die Moderation", "hat   die Moderation", "hat  die Moderation",
            "Jo Lee hat die Gesprächsleitung", "Jo und Ann teilen sich  den Vorsitz", "Jo Lee übernahmen die Leitung des Abends", "Jo Lee hatte die Leitung der Diskussionen", "Jo Lee took over as host", "Jo Lee will take over as chair and hat Jo die Moderation",
            "Hat Jo Lee die Moderation und took over as host", "Jo took over as host", "Jo Lee, who took over as host", "führte Jo Lee die Moderation", "Ann hat Jo Lee, die Moderation");
}
