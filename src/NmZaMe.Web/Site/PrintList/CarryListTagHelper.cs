using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NmZaMe.Web.Site.PrintList;

/// <summary>
/// Carries the chosen list (<see cref="ChosenList"/>) on every link to a page of the site and in every GET form that
/// leads to one, so the list survives moving between pages, searching and filtering without anything being stored.
/// A link that already names a list (add, remove, clear) keeps its own, and one marked <c>data-list-fixed</c> (the
/// quick exit) gets none.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class CarryListTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's own helpers, so it sees their final href.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var list = ChosenList.Of(ViewContext.HttpContext);
        if (list.Count == 0)
        {
            return;
        }

        if (output.TagName == "a")
        {
            if (output.Attributes.ContainsName("data-list-fixed"))
            {
                return;
            }

            if (Text(output, "href") is { } href && IsSitePage(href) && !NamesList(href))
            {
                output.Attributes.SetAttribute("href", list.ApplyTo(href));
            }

            return;
        }

        var method = Text(output, "method");
        if (Text(output, "action") is { } action && IsSitePage(action) && (method is null || method.Equals("get", StringComparison.OrdinalIgnoreCase)))
        {
            var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            hidden.Attributes["type"] = "hidden";
            hidden.Attributes["name"] = ChosenList.QueryKey;
            hidden.Attributes["value"] = list.Value;
            output.PostContent.AppendHtml(hidden);
        }
    }

    private static bool IsSitePage(string url) =>
        url.StartsWith("/sl/", StringComparison.Ordinal) || url.StartsWith("/en/", StringComparison.Ordinal);

    private static bool NamesList(string url)
    {
        var question = url.IndexOf('?');
        return question >= 0 && Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[question..].Split('#')[0]).ContainsKey(ChosenList.QueryKey);
    }

    /// <summary>An attribute's text whether Razor gave it as a string or as encoded HTML content.</summary>
    private static string? Text(TagHelperOutput output, string name)
    {
        if (!output.Attributes.TryGetAttribute(name, out var attribute))
        {
            return null;
        }

        switch (attribute.Value)
        {
            case string s:
                return s;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return attribute.Value?.ToString();
        }
    }
}
