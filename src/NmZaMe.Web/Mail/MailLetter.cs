using System.Text;
using System.Text.Encodings.Web;
using NmZaMe.Cms.Mail;

namespace NmZaMe.Web.Mail;

/// <summary>
/// One mail's paragraphs, optional lists (a heading and its items, after the paragraphs) and optional link, written out
/// as plain text and as a simple HTML document: no images, no styles beyond a readable font, no tracking. Every text is
/// encoded, so names from content cannot add markup.
/// </summary>
public sealed record MailLetter(string Subject, IReadOnlyList<string> Paragraphs, string? Link = null, string? LinkText = null)
{
    public IReadOnlyList<MailList> Lists { get; init; } = [];

    public RenderedMail Render(bool english)
    {
        var footer = english
            ? "This message was sent automatically by NmZaMe, the catalogue of welfare services of Novo mesto."
            : "Sporočilo je samodejno poslal NmZaMe, katalog storitev pomoči v Novem mestu.";

        var text = new StringBuilder();
        foreach (var paragraph in Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        foreach (var list in Lists)
        {
            text.Append(list.Heading).Append('\n');
            foreach (var item in list.Items)
            {
                text.Append("- ").Append(item).Append('\n');
            }

            text.Append('\n');
        }

        if (Link is not null)
        {
            text.Append(LinkText).Append(": ").Append(Link).Append("\n\n");
        }

        text.Append("-- \n").Append(footer).Append('\n');

        var html = new StringBuilder();
        var e = HtmlEncoder.Default;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(english ? "en" : "sl").Append("\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(Subject)).Append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; max-width: 40em\">\n");
        foreach (var paragraph in Paragraphs)
        {
            html.Append("<p>").Append(e.Encode(paragraph)).Append("</p>\n");
        }

        foreach (var list in Lists)
        {
            html.Append("<p>").Append(e.Encode(list.Heading)).Append("</p>\n<ul>\n");
            foreach (var item in list.Items)
            {
                html.Append("<li>").Append(e.Encode(item)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (Link is not null)
        {
            html.Append("<p><a href=\"").Append(e.Encode(Link)).Append("\">").Append(e.Encode(LinkText ?? Link)).Append("</a></p>\n");
        }

        html.Append("<hr>\n<p><small>").Append(e.Encode(footer)).Append("</small></p>\n</body>\n</html>\n");
        return new RenderedMail(Subject, text.ToString(), html.ToString());
    }
}

/// <summary>A list in a mail: its heading (a paragraph) and its items.</summary>
public sealed record MailList(string Heading, IReadOnlyList<string> Items);
