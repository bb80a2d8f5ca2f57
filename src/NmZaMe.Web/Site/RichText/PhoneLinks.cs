using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NmZaMe.Web.Site.RichText;

/// <summary>
/// Makes every phone number an editor wrote in rich text ("pokličite <strong>113</strong>") a tel: link when the
/// public site renders it, keeping the text as written. Only text nodes are touched, never one inside a link (or
/// code), so an existing link or its address is never changed. The stored markup and the Delivery API stay exactly
/// as Umbraco gives them; this is presentation.
/// </summary>
public static class PhoneLinks
{
    /// <summary>Elements whose text must stay text: a link inside a link is invalid, and code is shown as written.</summary>
    private static readonly HashSet<string> Skip = new(StringComparer.OrdinalIgnoreCase) { "a", "button", "code", "pre", "script", "style", "textarea", "kbd", "samp" };

    public static string Add(string markup)
    {
        if (!PhoneNumbers.MayContain(markup))
        {
            return markup;
        }

        // A parser per call: AngleSharp's parser is not documented as thread-safe, and pages are output-cached.
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = markup;
        var changed = false;
        foreach (var text in TextNodes(body).ToArray())
        {
            var found = PhoneNumbers.Find(text.Data);
            if (found.Count == 0)
            {
                continue;
            }

            Replace(document, text, found);
            changed = true;
        }

        return changed ? body.InnerHtml : markup;
    }

    private static IEnumerable<IText> TextNodes(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement element && !Skip.Contains(element.LocalName))
            {
                foreach (var inner in TextNodes(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void Replace(IDocument document, IText text, IReadOnlyList<PhoneMatch> found)
    {
        var parent = text.Parent!;
        var data = text.Data;
        var at = 0;
        foreach (var match in found)
        {
            if (match.Index > at)
            {
                parent.InsertBefore(document.CreateTextNode(data[at..match.Index]), text);
            }

            var link = document.CreateElement("a");
            link.SetAttribute("href", match.TelHref);
            link.TextContent = match.Text;
            parent.InsertBefore(link, text);
            at = match.Index + match.Length;
        }

        if (at < data.Length)
        {
            parent.InsertBefore(document.CreateTextNode(data[at..]), text);
        }

        parent.RemoveChild(text);
    }
}
