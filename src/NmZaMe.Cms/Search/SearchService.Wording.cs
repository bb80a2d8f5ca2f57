using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Search;

/// <summary>What the results page shows beside the matches: each hit's snippet, and the query as it is spelt in the catalogue.</summary>
public sealed partial class SearchService
{
    private static string Snippet(PublishedContent content, string culture, IReadOnlySet<string> stems, string? prefix)
    {
        var summary = IndexDocumentBuilder.Strings(content.Value("summary", culture)).FirstOrDefault() ?? string.Empty;
        var body = IndexDocumentBuilder.Strings(content.Value("description", culture)).Concat(IndexDocumentBuilder.Strings(content.Value("body", culture))).FirstOrDefault() ?? string.Empty;
        var useBody = summary.Length == 0 || (!TextAnalyzer.Analyze(summary, culture).Any(t => stems.Contains(t.Stem)) && TextAnalyzer.Analyze(body, culture).Any(t => stems.Contains(t.Stem)));
        return SnippetBuilder.Build(useBody ? body : summary, culture, stems, prefix);
    }

    /// <summary>The query as typed, with each corrected word replaced by how it is written in the catalogue.</summary>
    private string? Suggest(string text, List<Token> tokens, Dictionary<int, string> corrections, IndexState state, string culture, PublishedSnapshot snapshot)
    {
        var normalised = text.Normalize(System.Text.NormalizationForm.FormKC);
        var result = normalised;
        foreach (var (i, stem) in corrections.OrderByDescending(c => tokens[c.Key].Start))
        {
            var word = SurfaceForm(stem, tokens[i].Lower, state, culture, snapshot);
            if (word is null)
            {
                return null;
            }

            result = result[..tokens[i].Start] + word + result[(tokens[i].Start + tokens[i].Length)..];
        }

        return result == normalised ? null : result;
    }

    /// <summary>How the corrected word is written in the catalogue, in the form closest to what was typed (nasilije → nasilje, not nasilja).</summary>
    private string? SurfaceForm(string stem, string typed, IndexState state, string culture, PublishedSnapshot snapshot)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rowId in index.MatchRowIds(state, culture, FtsQuery.Quote(stem), limit: 8))
        {
            if (state.Rows.Has(rowId) && snapshot.Get(state.Rows.Keys[rowId]) is { } content)
            {
                var text = string.Join(' ', [content.Name(culture) ?? string.Empty, .. IndexDocumentBuilder.Strings(content.Value("summary", culture)), .. IndexDocumentBuilder.Strings(content.Value("keywords", culture))]);
                foreach (var token in TextAnalyzer.Analyze(text, culture).Where(t => t.Stem == stem))
                {
                    forms[token.Lower] = forms.GetValueOrDefault(token.Lower) + 1;
                }
            }
        }

        return forms.Count == 0
            ? null
            : forms.OrderBy(f => EditDistance.Damerau(TextAnalyzer.Fold(typed), TextAnalyzer.Fold(f.Key), 10)).ThenByDescending(f => f.Value).First().Key;
    }
}
