using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NmZaMe.Cms.Editors;

/// <summary>What an internal link in rich text points at: a document or a media item, by key.</summary>
public enum RichTextLinkKind
{
    Document,
    Media,
}

/// <summary>
/// Resolves the references rich text stores as Umbraco 17 stores them: links <c>href="{localLink:umb://document/…}"</c>
/// (legacy) or <c>href="{localLink:…}" type="document|media"</c> (v14+), and images <c>data-udi="umb://media/…"</c>.
/// The reader decides what a reference becomes (the Delivery API a route with its start item, the site a page URL in
/// the page's language), so stored markup never depends on a URL that a rename or move would break.
/// </summary>
public static partial class RichTextReferences
{
    /// <summary>Quick test before any work: most rich text has no references.</summary>
    public static bool Has(string markup) =>
        markup.Contains("{localLink:", StringComparison.Ordinal) || markup.Contains("data-udi=", StringComparison.Ordinal);

    /// <summary>
    /// Rewrites every referencing <c>a</c> and <c>img</c> tag. <paramref name="link"/> gives the link's new <c>href</c>
    /// and any attributes to add (null: the target is gone or not shown, so the link loses its href, as Umbraco's parser
    /// removes it). <paramref name="image"/> gives the attributes to set on an image (null: the media is
    /// gone, the stored <c>src</c> stays); <c>data-udi</c> and <c>data-caption</c> never leave.
    /// </summary>
    public static string Resolve(
        string markup,
        Func<RichTextLinkKind, Guid, IReadOnlyList<KeyValuePair<string, string>>?> link,
        Func<Guid, IReadOnlyList<KeyValuePair<string, string>>?> image)
    {
        if (!Has(markup))
        {
            return markup;
        }

        // Rich text is sanitised when saved (HtmlSanitizer serialises it), so every tag is <name attr="value" …> with
        // double-quoted, entity-encoded values: a tag-level rewrite is exact here and far cheaper than a DOM per view.
        return Tag().Replace(markup, match =>
        {
            var name = match.Groups["name"].Value;
            var attributes = Attribute().Matches(match.Groups["attributes"].Value)
                .Select(a => new KeyValuePair<string, string>(a.Groups["name"].Value, WebUtility.HtmlDecode(a.Groups["value"].Value)))
                .ToList();
            var changed = name.Equals("a", StringComparison.OrdinalIgnoreCase) ? ResolveLink(attributes, link) : ResolveImage(attributes, image);
            return changed ? Write(name, attributes, match.Groups["end"].Value) : match.Value;
        });
    }

    private static bool ResolveLink(List<KeyValuePair<string, string>> attributes, Func<RichTextLinkKind, Guid, IReadOnlyList<KeyValuePair<string, string>>?> link)
    {
        var href = attributes.FindIndex(a => a.Key.Equals("href", StringComparison.OrdinalIgnoreCase));
        if (href < 0 || LocalLink().Match(attributes[href].Value) is not { Success: true } local)
        {
            return false;
        }

        var type = attributes.FirstOrDefault(a => a.Key.Equals("type", StringComparison.OrdinalIgnoreCase)).Value;
        var kind = local.Groups["scheme"].Value.Equals("media", StringComparison.OrdinalIgnoreCase)
                   || (local.Groups["scheme"].Length == 0 && string.Equals(type, "media", StringComparison.OrdinalIgnoreCase))
            ? RichTextLinkKind.Media
            : RichTextLinkKind.Document;
        var replacement = Guid.TryParse(local.Groups["key"].Value, out var key) ? link(kind, key) : null;
        attributes.RemoveAt(href);

        // Umbraco 17 drops the editor's type="document|media" (not a MIME type); data-link-type says it instead.
        var typeAt = attributes.FindIndex(a => a.Key.Equals("type", StringComparison.OrdinalIgnoreCase));
        if (typeAt >= 0)
        {
            attributes.RemoveAt(typeAt);
            href = typeAt < href ? href - 1 : href;
        }

        foreach (var attribute in replacement ?? [])
        {
            // As Umbraco's parser: href keeps its place, what the reader adds (data-start-item-*) follows the rest.
            if (attribute.Key.Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                attributes.Insert(href, attribute);
            }
            else
            {
                attributes.Add(attribute);
            }
        }

        return true;
    }

    private static bool ResolveImage(List<KeyValuePair<string, string>> attributes, Func<Guid, IReadOnlyList<KeyValuePair<string, string>>?> image)
    {
        var udi = attributes.FirstOrDefault(a => a.Key.Equals("data-udi", StringComparison.OrdinalIgnoreCase)).Value;
        if (udi is null)
        {
            return false;
        }

        attributes.RemoveAll(a => a.Key.Equals("data-udi", StringComparison.OrdinalIgnoreCase) || a.Key.Equals("data-caption", StringComparison.OrdinalIgnoreCase));
        if (MediaUdi().Match(udi) is { Success: true } m && Guid.TryParse(m.Groups["key"].Value, out var key) && image(key) is { } set)
        {
            foreach (var (name, value) in set)
            {
                var at = attributes.FindIndex(a => a.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0)
                {
                    // A stored src's query string (a crop or size the editor chose) stays on the new URL, as in Umbraco.
                    var query = name.Equals("src", StringComparison.OrdinalIgnoreCase) && attributes[at].Value.IndexOf('?') is var q and >= 0 && !value.Contains('?')
                        ? attributes[at].Value[q..]
                        : string.Empty;
                    attributes[at] = new(name, value + query);
                }
                else
                {
                    attributes.Add(new(name, value));
                }
            }
        }

        return true;
    }

    private static string Write(string name, List<KeyValuePair<string, string>> attributes, string end)
    {
        var tag = new StringBuilder("<").Append(name);
        foreach (var (attribute, value) in attributes)
        {
            tag.Append(' ').Append(attribute).Append("=\"").Append(Encode(value)).Append('"');
        }

        return tag.Append(end).ToString();
    }

    // As HTML serialisers write attribute values (AngleSharp, the sanitiser): only what would end or confuse the value
    // is escaped, so "č" or "é" stay as written.
    private static string Encode(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

    [GeneratedRegex("<(?<name>a|img)(?<attributes>(?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*(?<end>/?>)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("(?<name>[^\\s=>/]+)(?:=\"(?<value>[^\"]*)\")?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex("^/?\\{localLink:(?:umb://(?<scheme>document|media)/)?(?<key>[0-9a-fA-F-]{32,36})\\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocalLink();

    [GeneratedRegex("^umb://media/(?<key>[0-9a-fA-F-]{32,36})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaUdi();
}
