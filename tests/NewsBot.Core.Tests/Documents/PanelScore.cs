using System.Text;
using System.Text.Json;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The scorer of shared/tools/panel_eval.py in C#: panel precision/recall/F1 by name, role and affiliation of matched
/// panelists, guiding questions (as a set), and title/show/host, where an expected value may be a list of accepted
/// alternatives and strings compare after NFC and whitespace normalisation; the broadcast time (start and end both
/// right) where the expected file has a "start", a wanted time without a year accepting any year.
/// </summary>
internal sealed class PanelScore
{
    private int _truePositives, _falsePositives, _falseNegatives, _roles, _affiliations, _questions, _questionTotal, _fields, _fieldTotal, _times, _timeTotal;

    public double Precision => Ratio(_truePositives, _truePositives + _falsePositives);

    public double Recall => Ratio(_truePositives, _truePositives + _falseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Role => Ratio(_roles, _truePositives);

    public double Affiliation => Ratio(_affiliations, _truePositives);

    public double Questions => _questionTotal == 0 ? 1 : Ratio(_questions, _questionTotal);

    public double TitleShowHost => Ratio(_fields, _fieldTotal);

    public double Times => _timeTotal == 0 ? 1 : Ratio(_times, _timeTotal);

    public List<string> Differences { get; } = [];

    public void Add(string document, Discussion got, JsonElement want)
    {
        foreach (var (field, value) in new[] { ("headline", got.Headline), ("streamTitle", got.StreamTitle), ("show", got.Show), ("host", got.Host) })
        {
            _fieldTotal++;
            if (Accepts(want.GetProperty(field), value))
                _fields++;
            else
                Differences.Add($"{document}: {field} got {value ?? "null"}");
        }

        var gotPanel = got.Panel.ToDictionary(e => Norm(e.Name)!, StringComparer.Ordinal);
        var wantNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in want.GetProperty("panel").EnumerateArray())
        {
            var name = Norm(person.GetProperty("name").GetString())!;
            wantNames.Add(name);
            if (!gotPanel.TryGetValue(name, out var expert))
            {
                _falseNegatives++;
                Differences.Add($"{document}: missed panelist {name}");
                continue;
            }

            _truePositives++;
            if (Accepts(person.GetProperty("role"), expert.Role))
                _roles++;
            else
                Differences.Add($"{document}: role of {name} got {expert.Role ?? "null"}");
            if (Accepts(person.GetProperty("affiliation"), expert.Affiliation))
                _affiliations++;
            else
                Differences.Add($"{document}: affiliation of {name} got {expert.Affiliation ?? "null"}");
        }

        foreach (var name in gotPanel.Keys.Where(n => !wantNames.Contains(n)))
        {
            _falsePositives++;
            Differences.Add($"{document}: false panelist {name}");
        }

        if (want.TryGetProperty("start", out var wantStart))
        {
            _timeTotal++;
            var (start, end) = (got.Broadcast?.Start.ToString(), got.Broadcast?.End?.ToString());
            if (SameTime(wantStart, start) && (want.TryGetProperty("end", out var wantEnd) ? SameTime(wantEnd, end) : end is null))
                _times++;
            else
                Differences.Add($"{document}: time got {start ?? "null"}–{end ?? "null"}");
        }

        var gotQuestions = got.Questions.Select(q => Norm(q)!).ToHashSet(StringComparer.Ordinal);
        foreach (var question in want.GetProperty("questions").EnumerateArray())
        {
            _questionTotal++;
            if (gotQuestions.Contains(Norm(question.GetString())!))
                _questions++;
            else
                Differences.Add($"{document}: missed question {question.GetString()}");
        }
    }

    public override string ToString() =>
        $"panel P {Precision:F2} R {Recall:F2} F1 {F1:F2} · role {Role:F2} · affiliation {Affiliation:F2} · questions {Questions:F2} · title/show/host {TitleShowHost:F2} · times {Times:F2}";

    /// <summary>Whether <paramref name="got"/> is the expected value or one of its listed alternatives.</summary>
    public static bool Accepts(JsonElement want, string? got)
    {
        var options = want.ValueKind == JsonValueKind.Array ? want.EnumerateArray().ToArray() : [want];
        var normalized = Norm(got);
        return options.Any(o => (o.ValueKind == JsonValueKind.Null ? null : Norm(o.GetString())) == normalized);
    }

    /// <summary>As <see cref="Accepts"/>, but a wanted "--MM-DD…" (no year) accepts the same day of any year.</summary>
    private static bool SameTime(JsonElement want, string? got)
    {
        var options = want.ValueKind == JsonValueKind.Array ? want.EnumerateArray().ToArray() : [want];
        foreach (var option in options)
        {
            var wanted = option.ValueKind == JsonValueKind.Null ? null : option.GetString();
            if (wanted is null || got is null)
            {
                if (wanted is null && got is null)
                    return true;
                continue;
            }

            var g = got.Trim();
            if (wanted.StartsWith("--", StringComparison.Ordinal) && g.Length >= 5 && char.IsDigit(g[0]) && char.IsDigit(g[3]) && g[4] == '-')
                g = "--" + g[5..];
            if (g == wanted)
                return true;
        }

        return false;
    }

    private static string? Norm(string? s) =>
        s is null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
