using System.Globalization;
using System.Text;

namespace NewsBot.Commands.Discussions;

/// <summary>Folds text for matching: case- and diacritics-insensitive ("Außenpolitik" ~ "aussenpolitik", "Café" ~ "cafe").</summary>
internal static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is 'ß' or 'ẞ')
                builder.Append("ss");
            else
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
