using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.PublishedCache;

public class PublishedSnapshotTests
{
    private readonly TreeCatalogue _tree = new();

    [Fact]
    public void Roots_are_in_sort_order() =>
        Assert.Equal([_tree.Root, _tree.SecondRoot], _tree.Snapshot.Roots.Select(r => r.Key));

    [Fact]
    public void Children_are_in_sort_order() =>
        Assert.Equal([_tree.Flowers, _tree.Home, _tree.Distress], _tree.Snapshot.ChildrenOf(_tree.Challenges).Select(c => c.Key));

    [Fact]
    public void Children_of_an_unknown_key_are_empty() =>
        Assert.Empty(_tree.Snapshot.ChildrenOf(Guid.NewGuid()));

    [Fact]
    public void Descendants_are_depth_first_with_children_in_sort_order() =>
        Assert.Equal(
            [_tree.Challenges, _tree.Flowers, _tree.Home, _tree.Distress, _tree.Organisations, _tree.Zarek, _tree.HomeHelp],
            _tree.Snapshot.Descendants(_tree[_tree.Root]).Select(d => d.Key));

    [Fact]
    public void Ancestors_go_from_the_parent_up_to_the_root() =>
        Assert.Equal([_tree.Zarek, _tree.Organisations, _tree.Root], _tree.Snapshot.Ancestors(_tree[_tree.HomeHelp]).Select(a => a.Key));

    [Fact]
    public void RootOf_finds_the_top_of_the_tree()
    {
        Assert.Equal(_tree.Root, _tree.Snapshot.RootOf(_tree[_tree.HomeHelp]).Key);
        Assert.Equal(_tree.Root, _tree.Snapshot.RootOf(_tree[_tree.Root]).Key);
    }

    [Fact]
    public void The_root_route_is_a_slash_in_every_culture()
    {
        Assert.Equal("/", _tree.Snapshot.Route(_tree[_tree.Root], "sl-SI"));
        Assert.Equal("/", _tree.Snapshot.Route(_tree[_tree.Root], "en-US"));
    }

    [Fact]
    public void Routes_are_built_from_url_segments_per_culture_with_a_trailing_slash()
    {
        Assert.Equal("/zivljenjske-situacije/custvena-stiska/", _tree.Snapshot.Route(_tree[_tree.Distress], "sl-SI"));
        Assert.Equal("/life-challenges/emotional-distress/", _tree.Snapshot.Route(_tree[_tree.Distress], "en-US"));
        Assert.Equal("/organizacije/drustvo-zarek/pomoc-na-domu/", _tree.Snapshot.Route(_tree[_tree.HomeHelp], "sl-SI"));
    }

    [Fact]
    public void Culture_names_are_matched_case_insensitively() =>
        Assert.Equal("/life-challenges/", _tree.Snapshot.Route(_tree[_tree.Challenges], "EN-us"));

    [Fact]
    public void An_item_is_not_routable_in_a_culture_an_ancestor_is_not_published_in()
    {
        Assert.True(_tree[_tree.Zarek].IsPublishedIn("en-US"));
        Assert.Null(_tree.Snapshot.Route(_tree[_tree.Zarek], "en-US"));
        Assert.False(_tree.Snapshot.IsRoutable(_tree[_tree.Zarek], "en-US"));
        Assert.False(_tree.Snapshot.IsRoutable(_tree[_tree.HomeHelp], "en-US"));
        Assert.True(_tree.Snapshot.IsRoutable(_tree[_tree.HomeHelp], "sl-SI"));
    }

    [Fact]
    public void An_item_is_not_routable_in_a_culture_it_is_not_published_in()
    {
        Assert.False(_tree.Snapshot.IsRoutable(_tree[_tree.SecondRoot], "en-US"));
        Assert.False(_tree.Snapshot.IsRoutable(_tree[_tree.Root], "de-DE"));
    }

    [Fact]
    public void FindByRoute_finds_an_item_under_its_root_by_path()
    {
        Assert.Equal(_tree.Home, _tree.Snapshot.FindByRoute(_tree.Root, "sl-SI", "/zivljenjske-situacije/dom/")?.Key);
        Assert.Equal(_tree.Home, _tree.Snapshot.FindByRoute(_tree.Root, "en-US", "/life-challenges/home/")?.Key);
        Assert.Null(_tree.Snapshot.FindByRoute(_tree.Root, "en-US", "/zivljenjske-situacije/dom/"));
        Assert.Null(_tree.Snapshot.FindByRoute(_tree.SecondRoot, "sl-SI", "/zivljenjske-situacije/dom/"));
    }

    [Fact]
    public void Media_are_kept_apart_from_documents()
    {
        var builder = new SnapshotBuilder();
        var doc = builder.Document("textPage", null, "Dostopnost");
        var image = builder.Image("Logo", "/media/a/logo.png");
        var snapshot = builder.Build();

        Assert.Equal([doc], snapshot.Roots.Select(r => r.Key));
        Assert.Null(snapshot.Get(image));
        Assert.Equal([image], snapshot.MediaRoots.Select(r => r.Key));
        Assert.Equal("/media/a/logo.png", snapshot.MediaUrl(image));
        Assert.Null(snapshot.MediaUrl(doc));
    }
}
