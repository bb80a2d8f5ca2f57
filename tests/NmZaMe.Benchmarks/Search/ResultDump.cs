using System.Globalization;
using NmZaMe.Cms.Search;

namespace NmZaMe.Benchmarks.Search;

/// <summary>What each query returns, written so that two builds' files can be diffed (see SearchBenchmarkCommand).</summary>
internal static class ResultDump
{
    public static IEnumerable<(string Culture, string Text)> Read(string? path) =>
        path is null
            ? []
            : File.ReadLines(path).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).Select(p => (p[0], p[1])).ToList();

    public static void Write(ISearchService service, string path, IEnumerable<(string Culture, string Text)> queries)
    {
        using var writer = new StreamWriter(path);
        foreach (var (culture, text) in queries)
        {
            // A filter exercises the facet matching, a deeper page the ordering past the first page.
            foreach (var query in new[]
                     {
                         new SearchQuery(text, culture, Take: 20),
                         new SearchQuery(text, culture, Costs: ["brezplačno"], Skip: 20, Take: 10),
                     })
            {
                var result = service.Search(query);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"# {culture} \"{text}\" costs={string.Join(',', query.Costs ?? [])} skip={query.Skip}: {result.Total} results, suggestion {result.DidYouMean ?? "-"}, message {result.Message ?? "-"}"));
                foreach (var hit in result.Hits)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hit.Content.Key} {hit.Score:R} {hit.SnippetHtml}"));
                }

                foreach (var (facet, values) in result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"  {facet}: {string.Join(", ", values.Select(v => $"{v.Value}={v.Count}"))}");
                }
            }
        }
    }
}
