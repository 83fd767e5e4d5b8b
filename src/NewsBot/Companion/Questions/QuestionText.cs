using System.Globalization;
using System.Text;

namespace NewsBot.Companion.Questions;

/// <summary>Cleaning and comparing question texts as members type them.</summary>
public static class QuestionText
{
    public const int MaxLength = 300;

    /// <summary>Whitespace runs (newlines too) become one space; control characters go; trimmed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (char.IsControl(c))
                continue;
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>For "the same question again": case, accents, punctuation and spacing ignored.</summary>
    public static string Normalize(string text)
    {
        var decomposed = Clean(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (c == ' ' && builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
        }
        return builder.ToString().TrimEnd();
    }
}
