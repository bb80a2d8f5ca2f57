using System.Net;

namespace NmZaMe.Web.Hosting;

/// <summary>
/// The 503 page while the database is unavailable, in Slovenian or English with the other language below. Plain HTML
/// without the layout, which itself may need the database. After a form was sent it says what matters most to an
/// editor: nothing was saved, and Back returns to the form with everything typed still in it.
/// </summary>
public static class DatabaseUnavailablePage
{
    private sealed record Words(string Lang, string Title, string Saved, string Back, string Wait);

    private static readonly Words Slovenian = new("sl", "Baza podatkov trenutno ni dosegljiva",
        "Nič ni bilo shranjeno.",
        "Z gumbom Nazaj v brskalniku se vrnite na obrazec – vse, kar ste vpisali, je še tam – in ga čez trenutek pošljite znova.",
        "Poskusite znova čez nekaj trenutkov.");

    private static readonly Words English = new("en", "The database is unavailable right now",
        "Nothing was saved.",
        "Use your browser's Back button to return to the form – everything you typed is still there – and send it again in a moment.",
        "Please try again in a moment.");

    public static string Html(bool english, bool isPost)
    {
        var (first, second) = english ? (English, Slovenian) : (Slovenian, English);
        return $"""
            <!DOCTYPE html>
            <html lang="{first.Lang}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>{E(first.Title)} – NmZaMe</title></head>
            <body>
            <main>
            {Passage(first, isPost, lang: null)}
            {Passage(second, isPost, second.Lang)}
            </main>
            </body>
            </html>
            """;
    }

    private static string Passage(Words w, bool isPost, string? lang)
    {
        var attribute = lang is null ? string.Empty : $" lang=\"{lang}\"";
        var heading = lang is null ? "h1" : "h2";
        var body = isPost ? $"<p><strong>{E(w.Saved)}</strong> {E(w.Back)}</p>" : $"<p>{E(w.Wait)}</p>";
        return $"<section{attribute}><{heading}>{E(w.Title)}</{heading}>{body}</section>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
