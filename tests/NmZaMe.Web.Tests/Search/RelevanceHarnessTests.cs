using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Search;
using Xunit.Abstractions;

namespace NmZaMe.Web.Tests.Search;

/// <summary>
/// The judged query sets (see README.md here) run through our search and an Examine-like baseline over the seed
/// catalogue. Prints MRR, Success@1, Recall@5 and the zero-result rate for both and fails below the goals set for a set.
/// The citizen test half prints aggregates only: its queries are never shown, so nobody tunes on them by accident.
/// </summary>
public sealed class RelevanceHarnessTests(ITestOutputHelper output)
{
    private sealed record Judged(string Query, string Culture, string Kind, Guid[] Relevant, string[] Names);

    internal sealed record Metrics(double Mrr, double SuccessAt1, double RecallAt5, double ZeroResultRate, int Queries)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"MRR {Mrr:0.000}  Success@1 {SuccessAt1:0.000}  Recall@5 {RecallAt5:0.000}  zero-result {ZeroResultRate:0.000}  ({Queries} queries)");
    }

    [Fact]
    public async Task Judged_queries_meet_the_relevance_goals_and_beat_the_examine_like_baseline()
    {
        var (ours, baseline, report) = await Run("judged-queries.json", "Search relevance over the judged set", perQuery: true);
        // Never below the figures before issue 11, as they were reported (three decimals).
        Assert.True(Math.Round(ours.Mrr, 3) >= 0.992, report);
        Assert.True(Math.Round(ours.SuccessAt1, 3) >= 0.983, report);
        Assert.True(Math.Round(ours.RecallAt5, 3) >= 0.952, report);
        Assert.True(ours.ZeroResultRate == 0, report);
        Assert.True(ours.Mrr - baseline.Mrr >= 0.3, report);
    }

    [Fact]
    public async Task Citizen_tuning_half_is_measured_query_by_query()
    {
        var (ours, baseline, report) = await Run("citizen-queries.tune.json", "Search relevance over the citizen set, tuning half", perQuery: true);
        Assert.True(ours.Mrr > baseline.Mrr, report);
    }

    /// <summary>The development set, written and judged after the tuning half was exhausted: tuned on, so shown query by query.</summary>
    [Fact]
    public async Task Citizen_development_set_is_measured_query_by_query()
    {
        var (ours, baseline, report) = await Run("citizen-queries.dev.json", "Search relevance over the citizen development set", perQuery: true);
        Assert.True(ours.Mrr > baseline.Mrr, report);
    }

    /// <summary>The half nobody tunes on: aggregates only, never a query.</summary>
    [Fact]
    public async Task Citizen_test_half_reports_aggregates_only()
    {
        var (ours, baseline, report) = await Run("citizen-queries.test.json", "Search relevance over the citizen set, test half", perQuery: false);
        Assert.True(ours.Mrr > baseline.Mrr, report);
    }

    private async Task<(Metrics Ours, Metrics Baseline, string Report)> Run(string file, string title, bool perQuery)
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var search = app.Services.GetRequiredService<ISearchService>();
        var all = Load(file);
        var judged = all.Where(j => j.Relevant.Length > 0).ToList();
        var none = all.Where(j => j.Relevant.Length == 0).ToList();
        var baselines = all.Select(j => j.Culture).Distinct().ToDictionary(c => c, c => new ExamineLikeBaseline(app.Snapshot, c));

        var ours = judged.Select(q => (q, (IReadOnlyList<Guid>)search.Search(new SearchQuery(q.Query, q.Culture, Take: 10)).Hits.Select(h => h.Content.Key).ToList())).ToList();
        var baseline = judged.Select(q => (q, baselines[q.Culture].Search(q.Query, 10))).ToList();
        var ourMetrics = Measure(ours);
        var baselineMetrics = Measure(baseline);
        var report = new StringBuilder();
        report.AppendLine($"{title} ({file}): {judged.Count} answerable queries");
        report.AppendLine("  ours:     " + ourMetrics);
        report.AppendLine("  baseline: " + baselineMetrics);
        if (none.Count > 0)
        {
            var empty = none.Count(q => search.Search(new SearchQuery(q.Query, q.Culture, Take: 10)).Total == 0);
            report.AppendLine($"  queries no item answers: {none.Count}, of which ours returned nothing for {empty}");
        }

        foreach (var kind in judged.Select(j => j.Kind).Distinct().Order())
        {
            report.AppendLine($"  {kind,-14} ours {Measure(ours.Where(o => o.q.Kind == kind).ToList())}");
            report.AppendLine($"  {"",-14} base {Measure(baseline.Where(o => o.q.Kind == kind).ToList())}");
        }

        if (perQuery)
        {
            foreach (var (q, results) in ours.Where(o => o.Item2.Count == 0 || !o.q.Relevant.Contains(o.Item2[0])))
            {
                var hits = search.Search(new SearchQuery(q.Query, q.Culture, Take: 3)).Hits;
                var first = string.Join(", ", hits.Select(h => $"{h.Content.Name("sl-SI")} ({h.Score:0.00})"));
                report.AppendLine($"  miss@1 [{q.Kind}] \"{q.Query}\" → {first}; expected {string.Join(" | ", q.Names)}");
            }

            foreach (var (q, results) in ours)
            {
                var missing = q.Relevant.Where(r => !results.Take(5).Contains(r)).ToArray();
                if (missing.Length > 0 && results.Take(5).Count(q.Relevant.Contains) < Math.Min(5, q.Relevant.Length))
                {
                    report.AppendLine($"  recall@5 [{q.Kind}] \"{q.Query}\" lacks {string.Join(" | ", missing.Select(m => app.Snapshot.Get(m)?.Name("sl-SI")))}; top5 {string.Join(" | ", results.Take(5).Select(m => app.Snapshot.Get(m)?.Name("sl-SI")))}");
                }
            }
        }

        output.WriteLine(report.ToString());
        var folder = Path.Combine(CmsApplication.RepositoryRoot, "tests", "TestResults");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "search-relevance-" + Path.GetFileNameWithoutExtension(file) + ".txt"), report.ToString());
        return (ourMetrics, baselineMetrics, report.ToString());
    }

    private static Metrics Measure(IReadOnlyList<(Judged Query, IReadOnlyList<Guid> Results)> runs)
    {
        if (runs.Count == 0)
        {
            return new Metrics(0, 0, 0, 0, 0);
        }

        double mrr = 0, s1 = 0, r5 = 0, zero = 0;
        foreach (var (q, results) in runs)
        {
            var rank = -1;
            for (var i = 0; i < results.Count && rank < 0; i++)
            {
                rank = q.Relevant.Contains(results[i]) ? i : -1;
            }

            mrr += rank >= 0 ? 1.0 / (rank + 1) : 0;
            s1 += rank == 0 ? 1 : 0;
            r5 += (double)results.Take(5).Count(q.Relevant.Contains) / Math.Min(5, q.Relevant.Length);
            zero += results.Count == 0 ? 1 : 0;
        }

        return new Metrics(mrr / runs.Count, s1 / runs.Count, r5 / runs.Count, zero / runs.Count, runs.Count);
    }

    private static List<Judged> Load(string file)
    {
        var path = Path.Combine(CmsApplication.RepositoryRoot, "tests", "NmZaMe.Web.Tests", "Search", file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => new Judged(
            e.GetProperty("query").GetString()!, e.GetProperty("culture").GetString()!, e.GetProperty("kind").GetString()!,
            e.GetProperty("relevant").EnumerateArray().Select(r => r.GetGuid()).ToArray(),
            e.GetProperty("names").EnumerateArray().Select(r => r.GetString()!).ToArray())).ToList();
    }
}
