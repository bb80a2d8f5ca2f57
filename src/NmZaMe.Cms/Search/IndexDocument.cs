using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Search;

/// <summary>An item in one culture as the index sees it: analysed field text for FTS5 and what ranking needs in memory.</summary>
public sealed record IndexDocument(
    Guid Key,
    string Culture,
    string ContentType,
    string Name,
    string Keywords,
    string Summary,
    string Body,
    string FoldedName,
    string FoldedSummary,
    string[] Stems,
    string[] LowerWords)
{
    /// <summary>Stems of the name, keywords and summary as arrays, for scoring in memory without splitting strings per query.</summary>
    public string[] NameStems
    {
        get;
        init
        {
            field = value;
            NameIds = StemIds.Of(value);
        }
    } = [];

    public string[] KeywordStems
    {
        get;
        init
        {
            field = value;
            KeywordIds = StemIds.Of(value);
        }
    } = [];

    public string[] SummaryStems
    {
        get;
        init
        {
            field = value;
            SummaryIds = StemIds.Of(value);
        }
    } = [];

    /// <summary>The three fields' stems as numbers (see <see cref="StemIds"/>), set together with the stems.</summary>
    internal int[] NameIds { get; private init; } = [];

    internal int[] KeywordIds { get; private init; } = [];

    internal int[] SummaryIds { get; private init; } = [];

    /// <summary>The item's facet values (the snapshot's own arrays), so facets never look items up again.</summary>
    public IReadOnlyList<Guid> LifeChallenges { get; init; } = [];

    public string[] TargetGroups { get; init; } = [];

    public string[] Municipalities { get; init; } = [];

    public string[] Costs { get; init; } = [];

    /// <summary>The facet values above as numbers (see <see cref="Facets.Count"/>).</summary>
    internal int[] FacetIds { get; init; } = [];

    /// <summary>Number of words in the body, for BM25's length normalisation.</summary>
    public int BodyLength { get; init; }

    /// <summary>The form kept in memory once the text is in FTS5: arrays for ranking, no field strings.</summary>
    public IndexDocument Compact(Func<string, string> intern) => this with
    {
        Name = string.Empty,
        Keywords = string.Empty,
        Summary = string.Empty,
        Body = string.Empty,
        NameStems = Split(Name, intern),
        KeywordStems = Split(Keywords, intern),
        SummaryStems = Split(Summary, intern),
        BodyLength = Body.Count(c => c == ' ') + (Body.Length > 0 ? 1 : 0),
    };

    internal static string[] Split(string text, Func<string, string> intern) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(intern).ToArray();

    /// <summary>Whether the exact lower-case word (diacritics kept) occurs in the name, summary or keywords.</summary>
    public bool HasWord(string lower) => Array.BinarySearch(LowerWords, lower, StringComparer.Ordinal) >= 0;
}

/// <summary>Builds index documents from published items: which text of which content types is searchable.</summary>
public static class IndexDocumentBuilder
{
    public static readonly IReadOnlySet<string> SearchableTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "service", "organisation", "lifeChallenge", "newsArticle", "textPage",
    };

    private static readonly string[] BodyAliases = ["description", "body", "howToApply", "eligibility", "costDetails", "alert", "intro"];

    public static IndexDocument? Build(PublishedContent content, PublishedSnapshot snapshot, string culture, SynonymList synonyms, Func<string, string> intern)
    {
        if (!SearchableTypes.Contains(content.ContentType.Alias) || !snapshot.IsRoutable(content, culture))
        {
            return null;
        }

        var name = content.Name(culture) ?? string.Empty;
        var tags = Strings(content.Value("keywords", culture)).ToList();
        var keywords = string.Join(' ', tags);
        var summary = Strings(content.Value("summary", culture)).FirstOrDefault() ?? string.Empty;
        var body = new List<string>();
        foreach (var alias in BodyAliases)
        {
            body.AddRange(Strings(content.Value(alias, culture)));
        }

        body.AddRange(Strings(content.Value("targetGroups", culture)));
        body.AddRange(Strings(content.Value("languages", culture)));
        body.AddRange(Strings(content.Value("municipalities", culture)));
        if (content.Value("lifeChallenges", culture) is PickedItems picked)
        {
            body.AddRange(picked.Keys.Select(k => snapshot.Get(k)?.Name(culture)).OfType<string>());
        }

        var parent = content.ParentKey is { } pk ? snapshot.Get(pk) : null;
        var confidential = content.Value("confidentialLocation", string.Empty) is true || parent?.Value("confidentialLocation", string.Empty) is true;
        if (content.ContentType.Alias == "service" && parent is not null)
        {
            body.Add(parent.Name(culture) ?? string.Empty);
        }

        if (!confidential)
        {
            // A confidential location's address is never indexed; others can be found by town or location name.
            body.AddRange(Strings(content.Value("city", culture)));
            if (content.Value("locations", culture) is BlockListValue locations)
            {
                foreach (var block in locations.Items)
                {
                    body.AddRange(Strings(block.Content.Value("name", string.Empty)));
                    body.AddRange(Strings(block.Content.Value("city", string.Empty)));
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
            string.Join(' ', nameTokens.Select(t => t.Folded)), string.Join(' ', summaryTokens.Select(t => t.Folded)),
            // Sorted, so a query word is found by binary search (FtsQuery.Term.AcceptsAny).
            allStems.Concat(expansion.SelectMany(e => e)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(intern).ToArray(),
            nameTokens.Concat(summaryTokens).Concat(keywordTokens).Select(t => intern(t.Lower)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
        .WithFacets(content, culture);
    }

    /// <summary>The document with the item's facet values (the snapshot's own arrays).</summary>
    public static IndexDocument WithFacets(this IndexDocument document, PublishedContent content, string culture)
    {
        var lifeChallenges = content.Value("lifeChallenges", culture) is PickedItems lc ? lc.Keys : [];
        var targetGroups = content.Value("targetGroups", culture) as string[] ?? [];
        var municipalities = content.Value("municipalities", culture) as string[] ?? [];
        var costs = content.Value("cost", culture) as string[] ?? [];
        return document with
        {
            LifeChallenges = lifeChallenges,
            TargetGroups = targetGroups,
            Municipalities = municipalities,
            Costs = costs,
            FacetIds = Facets.IdsOf(lifeChallenges, targetGroups, municipalities, costs),
        };
    }

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
