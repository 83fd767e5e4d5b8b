namespace NewsBot.Core.Tests.Summaries.Evaluation;

/// <summary>
/// Two reference summaries per document (≤ 3 sentences, ≤ 600 characters), written independently for the guideline
/// "what a viewer needs to know before the stream", in the document's language, abstractive (not copied sentences).
/// </summary>
internal static class ReferenceSummaries
{
    public static IReadOnlyDictionary<string, string[]> ById { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["000_8dbe49e802ff1033"] =
        [
            "Nordkoreas Machthaber Kim Jong Un ist zu einem Treffen mit Kremlchef Wladimir Putin nach Russland gereist. Russland hofft auf Artilleriemunition und Raketen aus Nordkorea für seinen Krieg gegen die Ukraine, Nordkorea im Gegenzug auf Energie, Nahrungsmittel und Waffentechnologie. Die USA warnen vor Waffenlieferungen und drohen beiden Ländern mit neuen Sanktionen.",
            "Kim Jong Un ist in Russland eingetroffen, um Putin zu treffen. Beobachter erwarten, dass Nordkorea Munition und Raketen sowjetischer Bauart liefert, die Russland im Krieg gegen die Ukraine fehlen. Die USA sehen darin einen Verstoß gegen Resolutionen des UN-Sicherheitsrats und ein Zeichen von Putins Schwäche.",
        ],
        ["01-duerre"] =
        [
            "Nach wochenlanger Trockenheit melden mehrere Bundesländer historisch niedrige Grundwasserstände, in Brandenburg ist die Wasserentnahme aus Flüssen und Seen teils verboten. Bundesumweltministerin Wendt will die nationale Wasserstrategie schneller umsetzen, die Bauern rechnen mit bis zu 30 Prozent Ernteausfall. Auch die Rheinschifffahrt leidet unter dem Niedrigwasser.",
            "Deutschland erlebt eine Dürre: Grundwasser und Flüsse führen so wenig Wasser wie selten, erste Landkreise untersagen Entnahmen. Die Bundesregierung will ihre Wasserstrategie beschleunigen. Landwirtschaft und Binnenschifffahrt melden bereits Ausfälle und höhere Kosten.",
        ],
        ["02-rente-liste"] =
        [
            "Der Bundestag hat das umstrittene Rentenpaket beschlossen, das das Rentenniveau bis 2031 bei 48 Prozent hält. Dafür steigen die Beiträge, laut Sachverständigenrat bis 2035 auf über 21 Prozent. Junge Abgeordnete und Arbeitgeber kritisieren die Belastung.",
            "Das neue Rentenpaket ist beschlossen: Das Rentenniveau bleibt bis 2031 bei 48 Prozent, die Beiträge steigen. Arbeitsminister Kellner spricht von einem Versprechen an alle Generationen. Kritiker warnen vor Beiträgen über 21 Prozent und steigenden Lohnnebenkosten.",
        ],
        ["03-ki-moderation"] =
        [
            "Ab Februar gelten in der EU die ersten Verbote des AI Act, etwa für die Bewertung von Menschen nach ihrem Sozialverhalten und bestimmte biometrische Echtzeitüberwachung. Die EU-Kommission spricht von einem weltweiten Maßstab. Unternehmen beklagen hohe Kosten und unklare Vorgaben, Bitkom fordert zwei Jahre Aufschub.",
            "Der AI Act der EU verbietet ab Februar erste KI-Anwendungen wie Social Scoring. Während Kommissarin Virkkunen die Regeln als Maßstab lobt, kritisiert die Wirtschaft Kosten und fehlende Normen und verlangt eine Verschiebung.",
        ],
        ["04-ohne-runde"] =
        [
            "Die Lokführergewerkschaft streikt ab Samstag 2 Uhr bundesweit im Personenverkehr. Die Bahn bietet einen Notfahrplan an, erwartet aber massive Ausfälle im Fern- und Regionalverkehr. Fahrgäste können ihr Ticket flexibel nutzen, Reservierungen werden erstattet.",
            "Am Wochenende wird die Bahn bestreikt: Ab Samstag früh fallen viele Fern- und Regionalzüge aus, es gilt ein Notfahrplan. Die Bahn hält den Streik für unverhältnismäßig, die Gewerkschaft kritisiert das Angebot vom 3. Oktober. Wer seine Reise verschiebt, kann das Ticket flexibel nutzen.",
        ],
        ["05-english-drought"] =
        [
            "After a fifth failed rainy season, more than 20 million people in Ethiopia, Kenya and Somalia face acute hunger, according to the UN. Aid funding has fallen to its lowest level in a decade. Kenya has declared a national disaster in 23 counties.",
            "The Horn of Africa faces a severe drought that leaves over 20 million people hungry. UN relief chief Tom Fletcher warns that time and money are running out as donor funding drops. Kenya's president declared a national disaster.",
        ],
        ["06-english-list"] =
        [
            "Carmakers in Germany and France have halted production again after a key supplier cut deliveries of power chips. The European Commission is monitoring the situation. Commissioner Séjourné says Europe must stop being naive about its dependence on a few Asian factories.",
            "A new chip shortage has stopped car production lines in Germany and France this week. Brussels says it is watching closely, and industry commissioner Stéphane Séjourné warns about Europe's reliance on factories in Asia.",
        ],
    };
}
