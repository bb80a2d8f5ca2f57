using System.Net;
using System.Text;

namespace NmZaMe.Cms.Search;

/// <summary>A short extract around the first matched word, matched words in &lt;mark&gt;, everything else HTML-encoded.</summary>
public static class SnippetBuilder
{
    private const int WindowWords = 28;

    public static string Build(string text, string culture, IReadOnlySet<string> stems, string? prefix)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Token positions refer to the NFKC form, so the snippet is cut from that form too.
        text = text.Normalize(NormalizationForm.FormKC);
        var tokens = TextAnalyzer.Analyze(text, culture, keepStopWords: true);
        bool Hit(Token t) => stems.Contains(t.Stem) || (prefix is not null && t.Folded.StartsWith(prefix, StringComparison.Ordinal));
        var first = tokens.FindIndex(Hit);
        var startToken = Math.Max(0, (first < 0 ? 0 : first) - 6);
        var endToken = Math.Min(tokens.Count, startToken + WindowWords);
        if (tokens.Count == 0)
        {
            return WebUtility.HtmlEncode(text.Length > 200 ? text[..200] + "…" : text);
        }

        var from = startToken == 0 ? 0 : tokens[startToken].Start;
        var to = endToken >= tokens.Count ? text.Length : tokens[endToken - 1].Start + tokens[endToken - 1].Length;
        var builder = new StringBuilder();
        if (from > 0)
        {
            builder.Append('…');
        }

        var position = from;
        for (var i = startToken; i < endToken; i++)
        {
            var token = tokens[i];
            builder.Append(WebUtility.HtmlEncode(text[position..token.Start]));
            var word = WebUtility.HtmlEncode(text.Substring(token.Start, token.Length));
            builder.Append(Hit(token) ? "<mark>" + word + "</mark>" : word);
            position = token.Start + token.Length;
        }

        builder.Append(WebUtility.HtmlEncode(text[position..to]));
        if (to < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString().Trim();
    }
}
