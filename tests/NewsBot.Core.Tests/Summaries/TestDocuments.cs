using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Summaries;

/// <summary>
/// The seed and the dev-set documents (copied from shared/seeds and shared/dev-set) as <see cref="Discussion"/>s
/// built by hand: the news paragraphs are the lines after the duplicated headline and before the questions/panel.
/// </summary>
internal static class TestDocuments
{
    public const string SeedRaw = """
Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis?
Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis?
Nordkoreas Machthaber Kim Jong Un ist offiziellen Angaben zufolge In Russland eingetroffen, wo er Kremlchef Wladimir Putin treffen wird. „Ich bestätige das“, sagte Kremlsprecher Dmitri Peskow. Wo und wann beide Machthaber aufeinander treffen, blieb zunächst unklar.
Die USA warnten Nordkorea, Russland mit Waffen versorgen zu wollen. Dieser Schritt verletzte mehrere Resolutionen des UN-Sicherheitsrats. Die USA würden nicht zögern, gegen beide Länder neue Sanktionen zu verhängen. Es sei ein Zeichen der Schwäche Putins, dass er überhaupt mit Kim verhandeln müsse, hieß es vom US-Außenministerium. Russland erhofft sich vom streng abgeschotteten Nordkorea Einschätzungen zufolge weitere Lieferungen nordkoreanischer Artillerie und anderer Munition, um seine schwindenden Reserven im Krieg gegen die Ukraine aufzustocken.
Nordkorea verfügt laut Beobachtern möglicherweise über Dutzende Millionen Artilleriegeschosse und Raketen sowjetischer Bauart. Russische Militärs beklagen seit Wochen, dass Geschosse rationiert werden müssten und die Schlagkraft gegenüber den Streitkräften der Ukraine schrumpfe.
Für Russland wären zudem Kurzstrecken-Raketen, etwa vom Typ KN-23, interessant. Russland könnte diese Geschosse ohne größere Anpassungen des eigenen Waffensystems für seinen Angriffskrieg gegen die Ukraine einsetzen.
Im Gegenzug könnte Nordkorea dringend benötigte Energie- und Nahrungsmittelhilfe, sowie fortschrittliche Waffentechnologien erhalten, darunter solche für Interkontinentalraketen, nuklearfähige U-Boote und militärische Aufklärungssatelliten.
Was bedeutet das Treffen von Putin und Kim Jong Un politisch? Wie entscheidend wären nordkoreanische Waffenlieferungen für Russlands Krieg gegen die Ukraine? Und wie isoliert ist Putin mittlerweile auf der Weltbühne? Darüber diskutiert ZDFheute live mit der Korea-Expertin Tereza Novotná vom Korea-Europe Center an der FU Berlin und mit dem Militärexperten Christian Mölling von der DGAP.
Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis? | ZDFheute live
""";

    public static Discussion Seed { get; } = FromRaw("000_8dbe49e802ff1033", SeedRaw, newsLines: 5, DocumentLanguage.German);

    public const string DuerreRaw = """
Hitzesommer in Europa: Wie gut ist Deutschland auf Dürre vorbereitet?
Hitzesommer in Europa: Wie gut ist Deutschland auf Dürre vorbereitet?
Nach Wochen ohne nennenswerten Regen melden mehrere Bundesländer historisch niedrige Grundwasserstände. In Brandenburg haben erste Landkreise die Entnahme von Wasser aus Flüssen und Seen untersagt, wie das Umweltministerium in Potsdam mitteilte.
Bundesumweltministerin Carla Wendt kündigte an, die nationale Wasserstrategie schneller umzusetzen. „Wir können uns nicht mehr darauf verlassen, dass der nächste Winter die Speicher wieder auffüllt“, sagte Wendt am Montag in Berlin. Der Deutsche Bauernverband rechnet mit Ernteausfällen von bis zu 30 Prozent in einzelnen Regionen.
Auch die Binnenschifffahrt leidet: Am Pegel Kaub lag der Rhein am 14. August bei nur 38 Zentimetern. Frachter können dort nur noch zu einem Drittel beladen werden, was Transporte von Kohle, Getreide und Chemikalien verteuert.
Wie lässt sich Wasser in der Landschaft halten? Wer hat Vorrang, wenn es knapp wird – Landwirtschaft, Industrie oder Haushalte? Und was muss sich an der Infrastruktur ändern?
Darüber spricht ZDFheute live mit der Hydrologin Prof. Dr. Jana Albrecht vom Helmholtz-Zentrum für Umweltforschung und mit dem Agrarökonomen Malte Hinrichsen von der Universität Göttingen.
Hitzesommer in Europa: Wie gut ist Deutschland auf Dürre vorbereitet? | ZDFheute live
""";

    public static Discussion Duerre { get; } = FromRaw("01-duerre", DuerreRaw, newsLines: 3, DocumentLanguage.German);

    public const string RenteListeRaw = """
Streit um die Rente: Was bedeutet das neue Rentenpaket für Jüngere?
Streit um die Rente: Was bedeutet das neue Rentenpaket für Jüngere?
Der Bundestag hat am Freitag das umstrittene Rentenpaket beschlossen. Es sichert das Rentenniveau bis 2031 bei 48 Prozent ab und sieht zugleich steigende Beiträge vor. Arbeitsminister Hubertus Kellner sprach von einem „Versprechen an alle Generationen“.
Kritik kommt vor allem aus den Reihen der jungen Abgeordneten. Die Beiträge würden bis 2035 auf über 21 Prozent klettern, warnte der Sachverständigenrat. Arbeitgeberpräsident Rainer Dulger mahnte, die Lohnnebenkosten dürften nicht weiter steigen.
Wer zahlt am Ende die Rechnung? Ist eine Aktienrente die Lösung?
Zu Gast sind:
- Dr. Sophie Brandauer, Rentenexpertin beim Deutschen Institut für Wirtschaftsforschung (DIW)
- Okan Yıldırım, Vorsitzender der Jungen Gewerkschafter
- Prof. Bernd Rüthers-Lange, Sozialrechtler an der Universität zu Köln
Streit um die Rente: Was bedeutet das neue Rentenpaket für Jüngere? | ZDFheute live
""";

    public static Discussion RenteListe { get; } = FromRaw("02-rente-liste", RenteListeRaw, newsLines: 2, DocumentLanguage.German);

    public const string KiModerationRaw = """
Neue Regeln für Künstliche Intelligenz: Was ändert der AI Act?
Neue Regeln für Künstliche Intelligenz: Was ändert der AI Act?
Ab Februar gelten in der Europäischen Union die ersten Verbote aus dem AI Act. Systeme zur Bewertung von Menschen nach ihrem sozialen Verhalten sind dann untersagt, ebenso bestimmte Formen der biometrischen Überwachung in Echtzeit.
EU-Kommissarin Henna Virkkunen sprach in Brüssel von einem „weltweiten Maßstab“. Unternehmen kritisieren dagegen hohe Kosten und unklare Vorgaben. Der Digitalverband Bitkom fordert eine Verschiebung um zwei Jahre, u. a. weil technische Normen noch fehlen.
Moderation: Nicole Diekmann
Es diskutieren die Informatikerin Dr. Lena Vogt-Kaya vom Fraunhofer-Institut für Intelligente Analyse- und Informationssysteme und der Jurist Thomas van der Meulen von der Humboldt-Universität zu Berlin.
Wie streng sind die neuen Regeln wirklich? Und bremst Europa damit seine eigenen Start-ups aus?
Neue Regeln für Künstliche Intelligenz: Was ändert der AI Act? | phoenix runde
""";

    public static Discussion KiModeration { get; } = FromRaw("03-ki-moderation", KiModerationRaw, newsLines: 2, DocumentLanguage.German);

    public const string OhneRundeRaw = """
Bahnstreik am Wochenende: Was Reisende jetzt wissen müssen
Bahnstreik am Wochenende: Was Reisende jetzt wissen müssen
Die Lokführergewerkschaft hat für Samstag ab 2 Uhr einen bundesweiten Streik im Personenverkehr angekündigt. Die Deutsche Bahn will einen Notfahrplan anbieten, rechnet aber mit massiven Ausfällen im Fern- und Regionalverkehr.
Bahnvorstand Martin Seiler nannte den Streik „völlig unverhältnismäßig“. Gewerkschaftschef Mario Reiß verwies dagegen auf das aus seiner Sicht unzureichende Angebot der Bahn vom 3. Oktober.
Fahrgäste, die ihre Reise verschieben, können ihr Ticket flexibel nutzen. Sitzplatzreservierungen werden kostenlos erstattet. Weitere Informationen gibt es im ZDFheute-Liveblog.
Bahnstreik am Wochenende: Was Reisende jetzt wissen müssen | ZDFheute live
""";

    public static Discussion OhneRunde { get; } = FromRaw("04-ohne-runde", OhneRundeRaw, newsLines: 3, DocumentLanguage.German);

    public const string EnglishDroughtRaw = """
Drought in the Horn of Africa: Can aid still reach those in need?
Drought in the Horn of Africa: Can aid still reach those in need?
After a fifth failed rainy season, the United Nations says more than 20 million people in Ethiopia, Kenya and Somalia face acute hunger. Aid agencies warn that funding has fallen to its lowest level in a decade.
"We are running out of time and money at the same time," UN relief chief Tom Fletcher told reporters in Geneva on Tuesday. Kenya's President William Ruto has declared a national disaster in 23 counties.
How can aid be delivered where armed groups control the roads? Who should pay as donor budgets shrink?
Joining us are Dr. Amara Okafor, a senior fellow at Chatham House, and Peter Lindqvist of the Stockholm International Water Institute.
Drought in the Horn of Africa: Can aid still reach those in need? | World Live
""";

    public static Discussion EnglishDrought { get; } = FromRaw("05-english-drought", EnglishDroughtRaw, newsLines: 2, DocumentLanguage.English);

    public const string EnglishListRaw = """
Chip shortage 2.0: Is Europe ready for the next supply shock?
Chip shortage 2.0: Is Europe ready for the next supply shock?
Carmakers in Germany and France have again halted production lines this week after a key supplier of power chips cut deliveries. The European Commission said it was monitoring the situation closely.
Industry commissioner Stéphane Séjourné said the bloc must "stop being naive" about its dependence on a handful of factories in Asia.
What would it take for Europe to make its own chips? Is the Chips Act working?
Our panel:
* Prof. Ingrid Halvorsen, semiconductor economist at KU Leuven
* Marco De Santis, head of supply chain at the European Automobile Manufacturers' Association
""";

    public static Discussion EnglishList { get; } = FromRaw("06-english-list", EnglishListRaw, newsLines: 2, DocumentLanguage.English);

    /// <summary>Every document with news, seed first.</summary>
    public static IReadOnlyList<Discussion> All { get; } = [Seed, Duerre, RenteListe, KiModeration, OhneRunde, EnglishDrought, EnglishList];

    private static Discussion FromRaw(string id, string raw, int newsLines, DocumentLanguage language)
    {
        var lines = raw.Split('\n');
        return new Discussion(id, lines[0], lines[0], Show: null, Host: null, language, Panel: [], Questions: [], lines[2..(2 + newsLines)]);
    }
}
