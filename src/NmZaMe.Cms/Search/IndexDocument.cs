using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>
/// An item in one culture as analysed for the index: field text for FTS5 and what is kept in memory as numbers (see
/// <see cref="IndexRow"/>). Lives only while the item is being indexed.
/// </summary>
internal sealed record IndexDocument(
    Guid Key,
    string Culture,
    string ContentType,
    string Name,
    string Keywords,
    string Summary,
    string Body,
    string FoldedName,
    string[] Stems,
    string[] AccentedWords,
    int[] FacetIds);

/// <summary>Builds index documents from published items: which text of which content types is searchable.</summary>
public static class IndexDocumentBuilder
{
    public static readonly IReadOnlySet<string> SearchableTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "service", "organisation", "lifeChallenge", "newsArticle", "textPage",
    };

    private static readonly string[] BodyAliases = ["description", "body", "howToApply", "eligibility", "costDetails", "alert", "intro"];

    internal static IndexDocument? Build(PublishedContent content, PublishedSnapshot snapshot, string culture, SynonymList synonyms)
    {
        if (!SearchableTypes.Contains(content.ContentType.Alias) || !snapshot.IsRoutable(content, culture))
        {
            return null;
        }

        var name = content.Name(culture) ?? string.Empty;
        var tags = Strings(content.Peek("keywords", culture)).ToList();
        var keywords = string.Join(' ', tags);
        var summary = Strings(content.Peek("summary", culture)).FirstOrDefault() ?? string.Empty;
        var body = new List<string>();
        foreach (var alias in BodyAliases)
        {
            body.AddRange(Strings(content.Peek(alias, culture)));
        }

        body.AddRange(Strings(content.Peek("targetGroups", culture)));
        body.AddRange(Strings(content.Peek("languages", culture)));
        body.AddRange(Strings(content.Peek("municipalities", culture)));
        if (content.Peek("lifeChallenges", culture) is PickedItems picked)
        {
            body.AddRange(picked.Keys.Select(k => snapshot.Get(k)?.Name(culture)).OfType<string>());
        }

        var parent = content.ParentKey is { } pk ? snapshot.Get(pk) : null;
        var confidential = content.Peek("confidentialLocation", string.Empty) is true || parent?.Peek("confidentialLocation", string.Empty) is true;
        if (content.ContentType.Alias == "service" && parent is not null)
        {
            body.Add(parent.Name(culture) ?? string.Empty);
        }

        if (!confidential)
        {
            // A confidential location's address is never indexed; others can be found by town or location name.
            body.AddRange(Strings(content.Peek("city", culture)));
            if (content.Peek("locations", culture) is BlockListValue locations)
            {
                // What the site shows in the culture: the blocks exposed in it (else in the default language), each
                // location's name in the culture, or the default language's until it is translated.
                var fallback = snapshot.Schema.DefaultCulture;
                foreach (var block in locations.Items.Where(b => b.IsExposedIn(culture) || b.IsExposedIn(fallback)))
                {
                    body.AddRange(Strings(block.Content.Peek("name", culture) ?? block.Content.Peek("name", fallback)));
                    body.AddRange(Strings(block.Content.Peek("city", culture)));
                }
            }
        }

        var nameTokens = TextAnalyzer.Analyze(name, culture);
        var keywordTokens = TextAnalyzer.Analyze(keywords, culture);
        var tagPhrases = tags.Select(t => string.Join(' ', TextAnalyzer.Analyze(t, culture).Select(x => x.Stem))).Where(p => p.Length > 0);
        var summaryTokens = TextAnalyzer.Analyze(summary, culture);
        var bodyTokens = TextAnalyzer.Analyze(string.Join(" \n ", body), culture);
        var allStems = nameTokens.Concat(keywordTokens).Concat(summaryTokens).Concat(bodyTokens).Select(t => t.Stem).ToList();
        var expansion = synonyms.Expand(allStems).ToList();

        return new IndexDocument(
            content.Key, culture, content.ContentType.Alias,
            // Phrases are kept apart by a separator that is not a word, so words of two tags never look adjacent.
            Join(nameTokens), string.Join(" | ", tagPhrases.Concat(expansion.Select(e => string.Join(' ', e)))), Join(summaryTokens), Join(bodyTokens),
            string.Join(' ', nameTokens.Select(t => t.Folded)),
            allStems.Concat(expansion.SelectMany(e => e)).Distinct(StringComparer.Ordinal).ToArray(),
            // Only words with diacritics: a query word is compared with them only when it has some (the exact-form boost),
            // and a word that equals its folded form can never equal one that does not.
            nameTokens.Concat(summaryTokens).Concat(keywordTokens).Where(t => t.Lower != t.Folded).Select(t => t.Lower).Distinct(StringComparer.Ordinal).ToArray(),
            FacetIds(content, culture));
    }

    /// <summary>The numbers of the item's facet values (see <see cref="Facets"/>).</summary>
    private static int[] FacetIds(PublishedContent content, string culture) => Facets.IdsOf(
        content.Peek("lifeChallenges", culture) is PickedItems lc ? lc.Keys : [],
        content.Peek("targetGroups", culture) as string[] ?? [],
        content.Peek("municipalities", culture) as string[] ?? [],
        content.Peek("cost", culture) as string[] ?? []);

    /// <summary>The text values of a property as the snapshot holds it.</summary>
    public static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        string[] list => list,
        RichTextValue rich => [rich.PlainText],
        _ => [],
    };

    private static string Join(List<Token> tokens) => string.Join(' ', tokens.Select(t => t.Stem));
}
