using System.Text;

namespace NewsBot.Web.Pages;

/// <summary>A readable id for a page: its last path segment (or host) in lower case, letters and digits joined by '-'.</summary>
public static class PageIds
{
    private const int MaxLength = 60;

    public static string FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segment = url.Segments.Select(s => Uri.UnescapeDataString(s.Trim('/'))).LastOrDefault(s => s.Length > 0);
        var source = segment is null ? url.Host : Path.GetFileNameWithoutExtension(segment);
        var id = new StringBuilder();
        foreach (var c in source.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
                id.Append(c);
            else if (id.Length > 0 && id[^1] != '-')
                id.Append('-');
            if (id.Length == MaxLength)
                break;
        }

        var text = id.ToString().Trim('-');
        return text.Length > 0 ? text : "page";
    }
}
