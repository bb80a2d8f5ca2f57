using System.Text.RegularExpressions;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Architecture;

/// <summary>
/// Which folders (namespaces) of <c>src/NmZaMe.Cms</c> refer to which, read from the source: <c>using NmZaMe.Cms.X</c>,
/// fully qualified <c>NmZaMe.Cms.X.</c> names, and the root namespace's types by name (visible everywhere without a
/// using). A namespace below a folder counts as the folder (<c>Persistence.Migrations.Sqlite</c> is <c>Persistence</c>).
/// </summary>
internal static partial class FolderGraph
{
    public const string Root = "(root)";

    public static Dictionary<string, SortedSet<string>> OfEngine()
    {
        var source = Path.Combine(Repository.Root, "src", "NmZaMe.Cms");
        var rootTypes = typeof(CmsOptions).Assembly.GetTypes()
            .Where(t => t.Namespace == "NmZaMe.Cms" && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.Name.Split('`')[0]).Distinct().ToList();
        var graph = new Dictionary<string, SortedSet<string>>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var code = LineComment().Replace(File.ReadAllText(file), string.Empty);
            var from = Namespace().Match(code) is { Success: true } ns ? FolderOf(ns.Groups[1].Value) : Root;
            var to = References().Matches(code).Select(m => m.Groups[1].Value).ToHashSet();
            if (from != Root && rootTypes.Any(t => Regex.IsMatch(code, $@"(?<![\w.]){t}\b")))
            {
                to.Add(Root);
            }

            var edges = Edges(graph, from);
            foreach (var target in to.Where(t => t != from))
            {
                edges.Add(target);
            }
        }

        return graph;
    }

    /// <summary>The strongly connected components with more than one folder, each sorted (Tarjan's algorithm).</summary>
    public static List<List<string>> Cycles(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return cycles;
    }

    private static string FolderOf(string ns) => ns == "NmZaMe.Cms" ? Root : ns["NmZaMe.Cms.".Length..].Split('.')[0];

    private static SortedSet<string> Edges(Dictionary<string, SortedSet<string>> graph, string from)
    {
        if (!graph.TryGetValue(from, out var edges))
        {
            graph[from] = edges = new SortedSet<string>(StringComparer.Ordinal);
        }

        return edges;
    }

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"^namespace (NmZaMe\.Cms(?:\.[\w.]+)?)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"(?:using (?:static )?|(?<![\w.]))NmZaMe\.Cms\.(\w+)")]
    private static partial Regex References();
}
