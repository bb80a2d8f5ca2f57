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
    public static IHtmlContent Inline(this IHtmlHelper html, Localized? text, bool isName = false)
    {
        if (text is null)
        {
            return HtmlString.Empty;
        }

        if (text.Lang is not { } lang)
        {
            return new HtmlContentBuilder().Append(text.Value);
        }

        var builder = new HtmlContentBuilder();
        var span = new TagBuilder("span");
        span.Attributes["lang"] = lang;
        span.InnerHtml.Append(text.Value);
        builder.AppendHtml(span);
        if (!isName)
        {
            var note = new TagBuilder("span");
            note.AddCssClass("translation-note");
            note.InnerHtml.Append("(" + HelpTexts.English.NoTranslationShort + ")");
            builder.AppendHtml(" ").AppendHtml(note);
        }

        return builder;
    }
}
