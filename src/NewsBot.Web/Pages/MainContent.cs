using AngleSharp.Dom;

namespace NewsBot.Web.Pages;

/// <summary>
/// Picks the element that holds a page's own content and strips what is not announcement text from it.
/// The longest <c>article</c>, else <c>main</c> (or <c>role="main"</c>), else <c>body</c>. Navigation, asides,
/// footers, forms, scripts, styles, figures and hidden elements go everywhere; a <c>header</c> goes only when the
/// whole body is the content (the site's banner), not inside an article, where it holds the headline.
/// </summary>
internal static class MainContent
{
    private const string AlwaysRemoved =
        "script, style, noscript, template, nav, aside, footer, form, iframe, svg, canvas, button, select, textarea, figure, "
        + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

    public static IElement? Find(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Where(a => a.ParentElement?.Closest("article") is null)
            .MaxBy(a => a.TextContent.Length);
        var root = article ?? document.QuerySelector("main, [role=main]") ?? document.Body;
        if (root is null)
            return null;
        foreach (var element in root.QuerySelectorAll(AlwaysRemoved).ToArray())
            element.Remove();
        if (root == document.Body)
        {
            foreach (var header in root.QuerySelectorAll("header").ToArray())
                header.Remove();
        }

        return root;
    }
}
