using System.Collections.Frozen;

namespace NewsBot.Core.Documents.People;

/// <summary>Words that make a phrase a role: German role nouns (<see cref="NameRules.IsRoleNoun"/>) and English role heads.</summary>
internal static class RoleWords
{
    /// <summary>Kept as a field: a params array written at the call would be allocated on every call.</summary>
    private static readonly char[] Punctuation = [',', '.', ';', ':', '(', ')', '„', '“', '"'];

    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "economist", "analyst", "professor", "director", "head", "chief", "editor", "correspondent", "fellow", "researcher", "adviser",
        "advisor", "minister", "secretary", "ceo", "cfo", "coo", "cto", "cio", "cmo", "vp", "svp", "evp", "founder", "co-founder", "lawyer", "attorney", "scientist", "expert",
        "author", "journalist", "reporter", "president", "vice-president", "chair", "chairman", "chairwoman", "chairperson", "scholar",
        "lecturer", "dean", "provost", "historian", "engineer", "executive", "officer", "manager", "commissioner", "commander",
        "ambassador", "diplomat", "envoy", "counselor", "counsellor", "broadcaster", "comedian", "writer", "presenter", "host",
        "producer", "activist", "campaigner", "organizer", "organiser", "spokesperson", "spokesman", "spokeswoman", "mayor", "governor",
        "senator", "representative", "congressman", "congresswoman", "politician", "mp", "mep", "leader", "partner", "principal",
        "headteacher", "teacher", "physician", "doctor", "nurse", "surgeon", "psychologist", "sociologist", "ecologist", "biologist",
        "physicist", "chemist", "geographer", "philosopher", "theologian", "judge", "student", "podcaster", "blogger", "columnist",
        "commentator", "strategist", "consultant", "coordinator", "specialist", "associate", "member", "trustee", "moderator", "curator",
        "architect", "planner", "entrepreneur", "investor", "banker", "farmer", "owner", "policymaker", "official", "staffer",
        "administrator", "superintendent", "chancellor", "rector", "vice-chancellor", "premier", "secretary-general", "general",
        "colonel", "admiral", "captain", "investigator", "epidemiologist", "novelist", "poet", "filmmaker", "artist", "explorer",
        "organiser", "organizer", "pastor", "minister", "economist", "photographer", "archivist", "librarian", "nurse", "paramedic",
        "anchor", "newsreader", "rep", "co-host", "vicar", "bishop", "archbishop", "priest", "chaplain", "rector", "curate", "advocate",
        "supervisor", "councillor", "councilor", "councilwoman", "councilman", "alderman", "lawmaker", "legislator", "solicitor",
        "barrister", "accountant", "inspector", "sheriff", "firefighter", "midwife", "pharmacist", "dentist", "therapist",
        "psychiatrist", "caregiver", "carer", "retailer", "shopkeeper", "publisher", "translator", "critic", "musician", "composer",
        "playwright", "educator", "statistician", "demographer", "anthropologist", "archaeologist", "geologist", "hydrologist",
        "climatologist", "meteorologist", "oceanographer", "ethicist", "neuroscientist", "criminologist", "volunteer", "analyst",
        "arzt", "ärztin", "koch", "köchin", "wirt", "wirtin", "vogt", "papst", "abt", "äbtissin", "rabbi", "imam", "bauer", "bäuerin",
        "prior", "priorin", "oberin", "canon", "deacon", "dekan", "dekanin", "pfarrer", "pfarrerin", "priester", "diakon", "diakonin",
        "bischof", "bischöfin", "weihbischof", "seelsorger", "seelsorgerin", "dj");

    /// <summary>Heads of people who make works (films, books, music): a quoted title after their role is a work, not an outlet.</summary>
    private static readonly FrozenSet<string> WorkMakers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "filmmaker", "author", "writer", "novelist", "poet", "playwright", "composer", "musician", "artist", "director", "producer",
        "photographer", "autor", "autorin", "filmemacher", "filmemacherin", "regisseur", "regisseurin", "schriftsteller",
        "schriftstellerin", "künstler", "künstlerin", "komponist", "komponistin", "dramatiker", "dramatikerin", "fotograf", "fotografin");

    /// <summary>Compound heads that are bodies, not people, though they end in a role word: "Directorate-General", "Inspectorate-General".</summary>
    private static readonly FrozenSet<string> BodyPrefixes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "directorate", "inspectorate", "secretariat", "commissariat", "generaldirektion");

    /// <summary>Whether the token is a role word in either language.</summary>
    public static bool IsRole(string token)
    {
        var bare = token.Trim(Punctuation);
        if (bare.Length < 2)
            return false;
        var hyphen = bare.LastIndexOf('-');
        if (hyphen > 0 && BodyPrefixes.Contains(bare[..hyphen]))
            return false;
        if (English.Contains(bare) || NameRules.IsRoleNoun(bare))
            return true;
        if (bare.Length > 8 && bare.EndsWith("ologist", StringComparison.OrdinalIgnoreCase))
            return true; // "glaciologist", "volcanologist": every "-ologist" is someone who practises a science

        return hyphen > 0 && hyphen < bare.Length - 1 && English.Contains(bare[(hyphen + 1)..]);
    }

    /// <summary>Whether the last word of <paramref name="role"/> names someone who makes works ("documentary filmmaker", "Autorin").</summary>
    public static bool MakesWorks(string role)
    {
        var last = role[(role.LastIndexOf(' ') + 1)..].Trim(Punctuation);
        return WorkMakers.Contains(last);
    }

    /// <summary>Whether any token of <paramref name="phrase"/> is a role word.</summary>
    public static bool HasRole(string phrase)
    {
        foreach (var token in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsRole(token))
                return true;
        }

        return false;
    }
}
