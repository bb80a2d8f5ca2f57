using System.Net;
using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using XssSanitizer = Ganss.Xss.HtmlSanitizer;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// Allow-list sanitiser for rich text, on the HtmlSanitizer package: only structural and inline formatting elements
/// survive, attributes are limited per element, links must be http(s)/mailto/tel/relative. Scripts, styles, event
/// handlers, forms and embedded content are removed with their contents.
/// </summary>
public static class HtmlSanitizer
{
    private static readonly FrozenSet<string> AllowedElements = new[]
    {
        "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "a", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "table", "thead", "tbody", "tr", "th", "td", "caption", "img", "hr", "span", "abbr", "umb-rte-block",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Elements dropped together with everything inside them.
    private static readonly FrozenSet<string> DroppedWithContent = new[]
    {
        "script", "style", "iframe", "object", "embed", "form", "input", "button", "select", "textarea", "noscript", "template",
        "svg", "math", "frame", "frameset", "applet", "link", "meta", "base", "title", "head", "video", "audio", "canvas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BlockElements = new[]
    {
        "p", "br", "hr", "div", "section", "article", "header", "footer", "nav", "aside", "main", "address", "pre", "figure", "figcaption",
        "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "img", "umb-rte-block",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, FrozenSet<string>> AllowedAttributes = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = new[] { "href", "title", "target", "rel", "type", "hreflang" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        ["img"] = new[] { "src", "alt", "width", "height", "data-udi" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        ["th"] = new[] { "colspan", "rowspan", "scope" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        ["td"] = new[] { "colspan", "rowspan" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        ["abbr"] = new[] { "title" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        ["ol"] = new[] { "start" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        ["umb-rte-block"] = new[] { "data-content-id" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> GlobalAttributes = new[] { "lang" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The HtmlSanitizer package (Ganss.Xss) does the parsing and the allow-listing; configured once, it is thread-safe.
    private static readonly XssSanitizer Sanitizer = CreateSanitizer();

    public static string Sanitize(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        return Sanitizer.Sanitize(html).Trim();
    }

    /// <summary>
    /// Our allow-list on the package: unknown elements are unwrapped (their text kept) and the dangerous ones dropped
    /// with their content; attributes are limited per element, where the package only has one list for all.
    /// </summary>
    private static XssSanitizer CreateSanitizer()
    {
        var sanitizer = new XssSanitizer { KeepChildNodes = true, AllowDataAttributes = false };
        Replace(sanitizer.AllowedTags, AllowedElements);
        Replace(sanitizer.AllowedAttributes, AllowedAttributes.Values.SelectMany(a => a).Concat(GlobalAttributes));
        Replace(sanitizer.AllowedSchemes, ["http", "https", "mailto", "tel"]);
        Replace(sanitizer.UriAttributes, ["href", "src"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();

        // Removed elements keep their children, except these, whose content must not surface as text or markup.
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                foreach (var child in e.Tag.ChildNodes.ToArray())
                {
                    child.RemoveFromParent();
                }
            }
        };

        // The same link rule as everywhere else (relative, #, http(s), mailto, tel and Umbraco's {localLink:…}).
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = UrlSafety.IsSafeLink(e.OriginalUrl) ? e.OriginalUrl : null;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                CleanAttributes(element);
            }
        };
        return sanitizer;
    }

    private static void Replace(ISet<string> set, IEnumerable<string> values)
    {
        set.Clear();
        set.UnionWith(values);
    }

    /// <summary>The text of the markup, for search indexing and empty checks.</summary>
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        // A single pass over the markup instead of a DOM: this runs for every rich-text value when the snapshot and
        // the search index are built, where a parser per value costs minutes on a large catalogue.
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                text.Append(WebUtility.HtmlDecode(html[i..(next < 0 ? html.Length : next)]));
                i = next < 0 ? html.Length : next;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var tag = TagName(html, i + 1, close);
            if (DroppedWithContent.Contains(tag) && html[i + 1] != '/')
            {
                var end = html.IndexOf("</" + tag, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : html.IndexOf('>', end) + 1;
                continue;
            }

            if (BlockElements.Contains(tag))
            {
                text.Append(' ');
            }

            i = close + 1;
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string TagName(string html, int start, int end)
    {
        if (start < end && html[start] == '/')
        {
            start++;
        }

        var stop = start;
        while (stop < end && char.IsLetterOrDigit(html[stop]))
        {
            stop++;
        }

        return html[start..stop].ToLowerInvariant();
    }

    private static void CleanAttributes(IElement element)
    {
        AllowedAttributes.TryGetValue(element.LocalName, out var allowed);
        foreach (var attribute in element.Attributes.ToArray())
        {
            var name = attribute.Name;
            var keep = GlobalAttributes.Contains(name) || (allowed?.Contains(name) ?? false);
            if (keep && name == "target" && attribute.Value != "_blank")
            {
                keep = false;
            }

            if (!keep)
            {
                element.RemoveAttribute(name);
            }
        }

        if (element.LocalName == "a" && element.GetAttribute("target") == "_blank")
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }
    }
}
