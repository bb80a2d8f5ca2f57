using System.Text.RegularExpressions;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// What Umbraco's ExternalIndex with Examine's ManagedQuery would do, for comparison: StandardAnalyzer-like tokens
/// (lower case, English stop words, no diacritic folding, no stemming), every token must match exactly or as a prefix
/// (tokens of 3+ letters), exact matches and the whole phrase weigh more. Same items and text as our index.
/// </summary>
public sealed partial class ExamineLikeBaseline
{
    private readonly List<(PublishedContent Content, string[] Tokens, string Text)> _documents = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public ExamineLikeBaseline(PublishedSnapshot snapshot, string culture)
    {
        foreach (var content in snapshot.All)
        {
            if (!IndexDocumentBuilder.SearchableTypes.Contains(content.ContentType.Alias) || !snapshot.IsRoutable(content, culture))
            {
                continue;
            }

            var text = string.Join(' ', new[] { content.Name(culture) ?? string.Empty }
                .Concat(new[] { "keywords", "summary", "description", "body", "howToApply", "eligibility", "costDetails", "targetGroups" }
                    .SelectMany(a => IndexDocumentBuilder.Strings(content.Value(a, culture)))));
            var tokens = Tokenize(text);
            _documents.Add((content, tokens, string.Join(' ', tokens)));
            foreach (var token in tokens.Distinct())
            {
                _documentFrequency[token] = _documentFrequency.GetValueOrDefault(token) + 1;
            }
        }
    }

    public IReadOnlyList<Guid> Search(string query, int take)
    {
        var terms = Tokenize(query);
        if (terms.Length == 0)
        {
            return [];
        }

        var phrase = string.Join(' ', terms);
        var results = new List<(Guid Key, double Score, string Name)>();
        foreach (var (content, tokens, text) in _documents)
        {
            var score = 0.0;
            var all = true;
            foreach (var term in terms)
            {
                var exact = tokens.Count(t => t == term);
                var prefix = term.Length >= 3 && term.Length >= 4 ? tokens.Count(t => t != term && t.StartsWith(term, StringComparison.Ordinal)) : 0;
                if (exact + prefix == 0)
                {
                    all = false;
                    break;
                }

                var idf = Math.Log(1.0 + _documents.Count / (1.0 + _documentFrequency.GetValueOrDefault(term)));
                score += (10.0 * Math.Sqrt(exact) + Math.Sqrt(prefix)) * idf;
            }

            if (all)
            {
                results.Add((content.Key, score + (terms.Length > 1 && text.Contains(phrase, StringComparison.Ordinal) ? 20 : 0), content.Name("sl-SI") ?? string.Empty));
            }
        }

        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal).Take(take).Select(r => r.Key).ToList();
    }

    private static readonly HashSet<string> EnglishStopWords = ["a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with"];

    private static string[] Tokenize(string text) =>
        Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(t => !EnglishStopWords.Contains(t)).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
