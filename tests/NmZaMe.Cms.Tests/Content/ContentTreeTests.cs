using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Content;

public class ContentTreeTests
{
    private static readonly ContentSchema Schema = TestSchema.Load();

    [Fact]
    public void Relocating_a_branch_rewrites_every_path_and_level_below_it()
    {
        var parent = new NodeRecord { Id = 7, Path = "-1,2,7", Level = 2 };
        var top = new NodeRecord { Id = 10, ParentId = 3, Path = "-1,2,3,10", Level = 3 };
        var child = new NodeRecord { Id = 11, ParentId = 10, Path = "-1,2,3,10,11", Level = 4 };
        var grandchild = new NodeRecord { Id = 12, ParentId = 11, Path = "-1,2,3,10,11,12", Level = 5 };

        ContentTree.Relocate(top, [top, child, grandchild], parent);

        Assert.Equal((7, "-1,2,7,10", 3), (top.ParentId!.Value, top.Path, top.Level));
        Assert.Equal(("-1,2,7,10,11", 4), (child.Path, child.Level));
        Assert.Equal(("-1,2,7,10,11,12", 5), (grandchild.Path, grandchild.Level));
        Assert.Equal(11, grandchild.ParentId);
    }

    [Fact]
    public void Relocating_to_the_root_makes_the_top_level_one()
    {
        var top = new NodeRecord { Id = 10, ParentId = 3, Path = "-1,3,10", Level = 2 };
        var child = new NodeRecord { Id = 11, ParentId = 10, Path = "-1,3,10,11", Level = 3 };

        ContentTree.Relocate(top, [top, child], null);

        Assert.Null(top.ParentId);
        Assert.Equal(("-1,10", 1), (top.Path, top.Level));
        Assert.Equal(("-1,10,11", 2), (child.Path, child.Level));
    }

    [Fact]
    public void A_node_is_in_a_branch_by_its_path_not_by_a_shared_id_prefix()
    {
        var top = new NodeRecord { Id = 1, Path = "-1,1" };
        Assert.True(ContentTree.IsInBranch(new NodeRecord { Id = 5, Path = "-1,1,5" }, top));
        Assert.True(ContentTree.IsInBranch(top, top));
        Assert.False(ContentTree.IsInBranch(new NodeRecord { Id = 15, Path = "-1,15" }, top));
    }

    [Fact]
    public void Allowed_children_and_the_root_decide_where_a_type_may_go()
    {
        var service = Schema.GetContentType("service")!;
        var organisation = new NodeRecord { ContentTypeAlias = "organisation", Kind = ContentKind.Document };
        var folder = new NodeRecord { ContentTypeAlias = "lifeChallengeFolder", Kind = ContentKind.Document };

        Assert.Null(ContentTree.Refusal(Schema, service, organisation));
        Assert.NotNull(ContentTree.Refusal(Schema, service, folder));
        Assert.NotNull(ContentTree.Refusal(Schema, service, null));
        Assert.NotNull(ContentTree.Refusal(Schema, service, new NodeRecord { ContentTypeAlias = "organisation", Kind = ContentKind.Document, Trashed = true }));
        Assert.Null(ContentTree.Refusal(Schema, Schema.GetContentType("catalogueRoot")!, null));
    }

    [Theory]
    [InlineData(new string[0], "Pomoč")]
    [InlineData(new[] { "Pomoč" }, "Pomoč (kopija)")]
    [InlineData(new[] { "pomoč", "Pomoč (kopija)" }, "Pomoč (kopija 2)")]
    [InlineData(new[] { "Pomoč", "Pomoč (kopija)", "Pomoč (kopija 2)" }, "Pomoč (kopija 3)")]
    public void A_copy_takes_the_first_free_name(string[] taken, string expected) =>
        Assert.Equal(expected, CopyContent.UniqueName("Pomoč", taken.ToHashSet(StringComparer.OrdinalIgnoreCase)));
}
