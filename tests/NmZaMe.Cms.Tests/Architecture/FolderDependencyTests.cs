namespace NmZaMe.Cms.Tests.Architecture;

/// <summary>
/// The engine's folders depend on each other in one direction, so each can be read and changed on its own. The one
/// knot allowed is the property-editor model (Schema, Editors, PublishedCache), which Umbraco also keeps together.
/// </summary>
public sealed class FolderDependencyTests
{
    private static readonly string[] PropertyEditorModel = ["Editors", "PublishedCache", "Schema"];

    [Fact]
    public void The_only_cycle_between_engine_folders_is_the_property_editor_model()
    {
        var graph = FolderGraph.OfEngine();
        Assert.Contains("Changes", graph.Keys);
        Assert.Contains("Persistence", graph["Changes"]);

        var cycles = FolderGraph.Cycles(graph);

        var unexpected = cycles.Where(c => !c.All(PropertyEditorModel.Contains)).ToList();
        Assert.True(unexpected.Count == 0, "New dependency cycles between engine folders: " + string.Join("; ", unexpected.Select(c =>
            string.Join(" ↔ ", c) + " (" + string.Join(", ", c.SelectMany(from => graph[from].Where(c.Contains).Select(to => $"{from}→{to}"))) + ")")));
    }

    [Fact]
    public void Use_cases_reach_the_snapshot_only_through_the_change_pipeline()
    {
        var graph = FolderGraph.OfEngine();

        Assert.Contains("Changes", graph["Content"]);
        Assert.DoesNotContain("Content", graph["Changes"]);
        Assert.DoesNotContain("Changes", graph["PublishedCache"]);
    }

    [Fact]
    public void The_cycle_finder_reports_a_cycle_through_several_folders_and_not_a_chain()
    {
        var chain = new Dictionary<string, SortedSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = [] };
        var knot = new Dictionary<string, SortedSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A", "D"], ["D"] = [] };

        Assert.Empty(FolderGraph.Cycles(chain));
        Assert.Equal([["A", "B", "C"]], FolderGraph.Cycles(knot));
    }
}
