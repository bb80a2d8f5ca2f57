using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace NmZaMe.Web.Site.Shared;

/// <summary>Short texts inside a line (a contact's label, an hours note, a name) with their language when it is not the page's.</summary>
public static class LocalizedHtml
{
    /// <summary>
    /// The text, encoded; Slovenian text on the English site in a <c>lang="sl"</c> span followed, unless it is a
    /// name, by a short "no English translation yet" note.
    /// </summary>
    public static IHtmlContent Inline(this IHtmlHelper html, Localized? text, bool isName = false) =>
        text is null ? HtmlString.Empty
            : text.Lang is null ? new HtmlContentBuilder().Append(text.Value)
            : html.Marked("span", null, text, isName);

    /// <summary>
    /// The text in its own element (<paramref name="tag"/> with <paramref name="cssClass"/>), which carries the
    /// <c>lang</c> when the text is not in the page's language, followed outside it by the short note unless it is a
    /// name: <c>&lt;span class="contact-label" lang="sl"&gt;Policija&lt;/span&gt; (no English translation yet)</c>.
    /// </summary>
    public static IHtmlContent Marked(this IHtmlHelper html, string tag, string? cssClass, Localized? text, bool isName = false)
    {
        if (text is null)
        {
            return HtmlString.Empty;
        }

        var element = new TagBuilder(tag);
        if (cssClass is not null)
        {
            element.AddCssClass(cssClass);
        }

        if (text.Lang is { } lang)
        {
            element.Attributes["lang"] = lang;
        }

        element.InnerHtml.Append(text.Value);
        var builder = new HtmlContentBuilder().AppendHtml(element);
        if (text.Lang is not null && !isName)
        {
            var note = new TagBuilder("span");
            note.AddCssClass("translation-note");
            note.InnerHtml.Append("(" + HelpTexts.English.NoTranslationShort + ")");
            builder.AppendHtml(" ").AppendHtml(note);
        }

        return builder;
    }
}
