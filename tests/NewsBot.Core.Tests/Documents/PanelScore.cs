using System.Text;
using System.Text.Json;
using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Documents;

/// <summary>
/// The scorer of shared/tools/panel_eval.py in C#: panel precision/recall/F1 by name, role and affiliation of matched
/// panelists, guiding questions (as a set), and title/show/host, where an expected value may be a list of accepted
/// alternatives and strings compare after NFC and whitespace normalisation.
/// </summary>
internal sealed class PanelScore
{
    private int _truePositives, _falsePositives, _falseNegatives, _roles, _affiliations, _questions, _questionTotal, _fields, _fieldTotal;

    public double Precision => Ratio(_truePositives, _truePositives + _falsePositives);

    public double Recall => Ratio(_truePositives, _truePositives + _falseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Role => Ratio(_roles, _truePositives);

    public double Affiliation => Ratio(_affiliations, _truePositives);

    public double Questions => _questionTotal == 0 ? 1 : Ratio(_questions, _questionTotal);

    public double TitleShowHost => Ratio(_fields, _fieldTotal);

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
        $"panel P {Precision:F2} R {Recall:F2} F1 {F1:F2} · role {Role:F2} · affiliation {Affiliation:F2} · questions {Questions:F2} · title/show/host {TitleShowHost:F2}";

    /// <summary>Whether <paramref name="got"/> is the expected value or one of its listed alternatives.</summary>
    public static bool Accepts(JsonElement want, string? got)
    {
        var options = want.ValueKind == JsonValueKind.Array ? want.EnumerateArray().ToArray() : [want];
        var normalized = Norm(got);
        return options.Any(o => (o.ValueKind == JsonValueKind.Null ? null : Norm(o.GetString())) == normalized);
    }

    private static string? Norm(string? s) =>
        s is null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
