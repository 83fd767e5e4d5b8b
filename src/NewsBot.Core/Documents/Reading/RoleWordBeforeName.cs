using NewsBot.Core.Text;

namespace NewsBot.Core.Documents.Reading;

/// <summary>
/// A host's role word right before a capitalised word, whatever the verb ("Host X takes your calls", "Presenter X chairs
/// …", "begrüßt Moderatorin X"), as
/// <c>(?:\b|-)(?:Moderatorin|Moderator|Gastgeberin|Gastgeber|[Cc]o-?[Hh]ost|[Hh]ost|[Mm]oderator|[Pp]resenter|[Aa]nchor|Streamerin|[Ss]treamer)\s+(?&lt;rest&gt;\p{Lu}[^?!]{2,150})</c>.
/// </summary>
internal static class RoleWordBeforeName
{
    private static readonly PhraseSet RoleWords = new(
        false, "Moderatorin", "Moderator", "Gastgeberin", "Gastgeber", "Co-Host", "Co-host", "CoHost", "Cohost", "co-Host", "co-host", "coHost", "cohost",
        "Host", "host", "moderator", "Presenter", "presenter", "Anchor", "anchor",
        // a stream's streamer presents it ("Streamerin Lea „Lea“ Roe holt sich Gäste vors Mikro")
        "Streamerin", "Streamer", "streamer");

    /// <summary>
    /// The first role word before white space and a capital (its index, a hyphen before it included: "Ko-Moderatorin"),
    /// and the text from the capital on, at most 151 characters and up to a '?' or '!'; null when there is none.
    /// </summary>
    public static (int Index, string After)? Find(string text)
    {
        // the role word ends in a letter and white space follows it, so it ends at a word boundary as a whole word does
        for (var (start, end) = RoleWords.Find(text); start >= 0; (start, end) = RoleWords.Find(text, start + 1))
        {
            var rest = Scan.AfterSpaces(text, end);
            if (rest < 0 || rest >= text.Length || !char.IsUpper(text[rest]) || Scan.AfterRun(text, rest + 1, c => c is not ('?' or '!'), 2, 150) is not (var restEnd and >= 0))
                continue;
            return (start > 0 && text[start - 1] == '-' ? start - 1 : start, text[rest..restEnd]);
        }

        return null;
    }
}
