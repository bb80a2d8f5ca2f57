using System.Diagnostics;
using System.Globalization;
using NmZaMe.Benchmarks.Delivery;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Search;

namespace NmZaMe.Benchmarks.Search;

/// <summary>
/// Search over a synthetic catalogue: index build time and memory, then p50/p95 latency of typical queries through the
/// whole search service (ranking, facets, snippets) against a raw FTS5 MATCH of the same terms on the same table.
///   search --usync DIR [--iterations N] [--save-db FILE]   or   search --db DATA_DIR/nmzame.db (an imported database, no import)
/// --index FILE keeps the search index between runs (built once, then loaded).
/// With --dump FILE it also writes every query's results (total, top 20 keys with scores, facets, suggestion) so two
/// builds can be compared line by line: a speed change must not change what citizens get. --queries FILE adds queries
/// (one "culture TAB text" per line) to the dump.
/// </summary>
public static class SearchBenchmarkCommand
{
    private static readonly string[] Queries =
    [
        "pomoč na domu", "pomoc na domu", "svetovanje", "brezplačni prevozi", "skupina za samopomoč", "starejšim",
        "nasilje v družini", "razdeljevanje hrane", "pravno svetovanje", "svetovnaje", "tečaj slovenščine", "dnevni cen",
    ];

    // How people ask (the examples issue 11 quotes): lay words, whole sentences and English, which take the lexicon,
    // the function-word filter and the partial-match pass.
    private static readonly (string Culture, string Text)[] Sentences =
    [
        ("sl-SI", "ne morem več po stopnicah"), ("sl-SI", "kdo mi skuha kosilo"), ("sl-SI", "nimam prijateljev"),
        ("sl-SI", "babica je padla in zdaj ne more sama"), ("sl-SI", "sos telefon"),
        ("en-US", "I need a lawyer but have no money"), ("en-US", "translator"), ("en-US", "shelter"),
    ];

    public static async Task<int> Run(string[] args)
    {
        var iterations = int.Parse(Arg(args, "--iterations") ?? "200", CultureInfo.InvariantCulture);
        SyntheticSnapshot synthetic;
        if (Arg(args, "--db") is { } database)
        {
            synthetic = await SyntheticSnapshot.FromDatabaseAsync(database);
        }
        else
        {
            Environment.SetEnvironmentVariable("NMZAME_BENCH_USYNC", Arg(args, "--usync") ?? throw new ArgumentException("--usync DIR or --db PATH is required"));
            synthetic = await SyntheticSnapshot.CreateAsync(0);
        }

        await using var disposeSnapshot = synthetic;
        if (Arg(args, "--save-db") is { } saveTo)
        {
            synthetic.SaveDatabase(saveTo);
            Console.WriteLine($"imported database saved to {saveTo}: later runs can use --db {saveTo}");
        }

        var snapshot = synthetic.Snapshot;
        Console.WriteLine($"catalogue: {snapshot.Content.Count} published documents");

        // --index FILE keeps the index for the next run, which then loads it instead of building (a 100k build takes minutes).
        var kept = Arg(args, "--index");
        var directory = Path.Combine(Path.GetTempPath(), "nmzame-search-bench", Guid.NewGuid().ToString("N"));
        try
        {
            return Measure(snapshot, kept ?? Path.Combine(directory, "index.db"), args, iterations);
        }
        finally
        {
            // A 100k index is half a gigabyte: one left behind per run fills the disk.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (kept is null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static int Measure(PublishedSnapshot snapshot, string path, string[] args, int iterations)
    {
        Func<string, SynonymList> synonyms = _ => SynonymList.Empty;
        var before = Memory();
        using (var built = new SearchIndex(path))
        {
            var started = Stopwatch.GetTimestamp();
            var reusedKept = built.Rebuild(snapshot, synonyms);
            var build = Stopwatch.GetElapsedTime(started);
            var after = Memory();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index {(reusedKept ? "kept from an earlier run, loaded" : "build")}: {build.TotalSeconds:0.00} s for {built.State.Count} documents (both cultures); managed memory +{(after - before) / 1048576.0:0} MB; index file {new FileInfo(path).Length / 1048576.0:0} MB; process RSS {Environment.WorkingSet / 1048576.0:0} MB"));
        }

        // A restart on the same data: what the queries below run against.
        before = Memory();
        using var index = new SearchIndex(path);
        var loadStarted = Stopwatch.GetTimestamp();
        var loadCpu = ThreadCpu.Nanoseconds();
        var reused = index.Rebuild(snapshot, synonyms);
        var load = Stopwatch.GetElapsedTime(loadStarted);
        var loadThreadCpu = (ThreadCpu.Nanoseconds() - loadCpu) / 1e9;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index load from disk: {(reused ? "reused" : "NOT reused, rebuilt")} in {load.TotalSeconds:0.00} s (thread CPU {loadThreadCpu:0.00} s); managed memory +{(Memory() - before) / 1048576.0:0} MB"));

        // Every search computed: what a query costs the first time, and what the goals are about.
        var service = new SearchService(index, new FixedSnapshots(snapshot), cachedResults: 0);
        if (Arg(args, "--dump") is { } dump)
        {
            ResultDump.Write(service, dump, Queries.Select(q => ("sl-SI", q)).Concat(Sentences).Concat(ResultDump.Read(Arg(args, "--queries"))));
            Console.WriteLine($"results written to {dump}");
        }

        Console.WriteLine("query                      results   ours p50   ours p95    raw p50    raw p95   p95 ratio   ours CPU p50/p95");
        var allOurs = new List<double>();
        var allCpu = new List<double>();
        var allRaw = new List<double>();
        foreach (var (culture, text) in Queries.Select(q => ("sl-SI", q)).Concat(Sentences).Concat(ResultDump.Read(Arg(args, "--queries"))))
        {
            var raw = FtsQuery.All(TextAnalyzer.Analyze(text, culture).Select(t => new FtsQuery.Term([t.Stem], [])).ToList());
            for (var i = 0; i < 20; i++)
            {
                service.Search(new SearchQuery(text, culture));
                index.RawMatchCount(index.State, culture, raw);
            }

            var ours = new List<double>(iterations);
            var cpu = new List<double>(iterations);
            var fts = new List<double>(iterations);
            long total = 0;
            for (var i = 0; i < iterations; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var c0 = ThreadCpu.Nanoseconds();
                total = service.Search(new SearchQuery(text, culture)).Total;
                ours.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                cpu.Add((ThreadCpu.Nanoseconds() - c0) / 1e6);
                var t1 = Stopwatch.GetTimestamp();
                index.RawMatchCount(index.State, culture, raw);
                fts.Add(Stopwatch.GetElapsedTime(t1).TotalMilliseconds);
            }

            allOurs.AddRange(ours);
            allCpu.AddRange(cpu);
            allRaw.AddRange(fts);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Shorten(text),-26} {total,7} {P(ours, 50),9:0.00} {P(ours, 95),10:0.00} {P(fts, 50),10:0.00} {P(fts, 95),10:0.00} {P(ours, 95) / Math.Max(P(fts, 95), 0.001),10:0.0}   {P(cpu, 50):0.00}/{P(cpu, 95):0.00}"));
        }

        // The same queries again through the result cache (a repeated query, paging back): a look-up.
        var cached = new SearchService(index, new FixedSnapshots(snapshot));
        var queries = Queries.Select(q => new SearchQuery(q, "sl-SI")).Concat(Sentences.Select(q => new SearchQuery(q.Text, q.Culture))).ToList();
        queries.ForEach(q => cached.Search(q));
        var repeated = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            foreach (var query in queries)
            {
                var t0 = Stopwatch.GetTimestamp();
                cached.Search(query);
                repeated.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"repeated queries (result cache): p50 {P(repeated, 50):0.000} ms, p95 {P(repeated, 95):0.000} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all queries: ours p50 {P(allOurs, 50):0.00} ms, p95 {P(allOurs, 95):0.00} ms; raw FTS5 p50 {P(allRaw, 50):0.00} ms, p95 {P(allRaw, 95):0.00} ms; ratio of p50 {P(allOurs, 50) / Math.Max(P(allRaw, 50), 0.001):0.0}x, of p95 {P(allOurs, 95) / Math.Max(P(allRaw, 95), 0.001):0.0}x; ours CPU p50 {P(allCpu, 50):0.00} ms, p95 {P(allCpu, 95):0.00} ms; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}"));
        return 0;
    }

    private static string Shorten(string text) => text.Length > 26 ? text[..25] + "…" : text;

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(true);
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>
    /// CPU time of the calling thread: on a shared machine wall time grows with the load average, this much less, so the
    /// two together tell whether a change paid.
    /// </summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTime = 3;

        public static long Nanoseconds() => OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var ts) == 0
            ? (ts.Seconds * 1_000_000_000) + ts.Nanoseconds
            : Stopwatch.GetTimestamp() * (1_000_000_000 / Stopwatch.Frequency);

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int clock_gettime(int clock, out Timespec ts);

        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>The search service reads the current snapshot through this; here it never changes.</summary>
    private sealed class FixedSnapshots(PublishedSnapshot snapshot) : ISnapshotSource
    {
        public PublishedSnapshot Current => snapshot;
    }
}
