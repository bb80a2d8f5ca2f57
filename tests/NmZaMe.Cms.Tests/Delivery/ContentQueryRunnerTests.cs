using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Delivery;

public class ContentQueryRunnerTests
{
    private readonly TreeCatalogue _tree = new();

    private (long Total, IReadOnlyList<PublishedContent> Items) Run(string? fetch, string[]? filters = null, string[]? sorts = null,
        int skip = 0, int take = 10, string culture = "sl-SI", PublishedContent? startItem = null)
    {
        Assert.Null(QueryParser.TryParseSelector(fetch, out var selector));
        Assert.Null(QueryParser.TryParseFilters(filters ?? [], out var parsedFilters));
        Assert.Null(QueryParser.TryParseSorts(sorts ?? [], out var parsedSorts));
        return ContentQueryRunner.Run(_tree.Snapshot.Request(culture, startItem), new ContentQuery(selector, parsedFilters, parsedSorts, skip, take));
    }

    private static Guid[] Keys((long Total, IReadOnlyList<PublishedContent> Items) result) => result.Items.Select(i => i.Key).ToArray();

    [Fact]
    public void Children_by_id_are_in_sort_order() =>
        Assert.Equal([_tree.Flowers, _tree.Home, _tree.Distress], Keys(Run($"children:{_tree.Challenges}")));

    [Fact]
    public void Children_by_path_resolve_the_path_in_the_culture()
    {
        Assert.Equal([_tree.Flowers, _tree.Home, _tree.Distress], Keys(Run("children:/zivljenjske-situacije/")));
        Assert.Equal([_tree.Flowers, _tree.Home, _tree.Distress], Keys(Run("children:life-challenges", culture: "en-US")));
    }

    [Fact]
    public void Children_of_the_root_path() =>
        Assert.Equal([_tree.Challenges, _tree.Organisations], Keys(Run("children:/")));

    [Fact]
    public void Descendants_are_in_tree_order() =>
        Assert.Equal([_tree.Challenges, _tree.Flowers, _tree.Home, _tree.Distress, _tree.Organisations, _tree.Zarek, _tree.HomeHelp],
            Keys(Run($"descendants:{_tree.Root}")));

    [Fact]
    public void Ancestors_start_at_the_root() =>
        Assert.Equal([_tree.Root, _tree.Organisations, _tree.Zarek], Keys(Run($"ancestors:{_tree.HomeHelp}")));

    [Theory]
    [InlineData("children:/ni-takega/")]
    [InlineData("descendants:00000000-0000-0000-0000-000000000001")]
    [InlineData("ancestors:")]
    public void An_unresolvable_target_gives_an_empty_result(string fetch)
    {
        var result = Run(fetch);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Without_fetch_all_routable_content_of_every_root_is_selected() =>
        Assert.Equal(
            [_tree.Root, _tree.Challenges, _tree.Flowers, _tree.Home, _tree.Distress, _tree.Organisations, _tree.Zarek, _tree.HomeHelp, _tree.SecondRoot],
            Keys(Run(null, take: 100)));

    [Fact]
    public void Without_fetch_a_start_item_selects_its_descendants() =>
        Assert.Equal(7, Run(null, startItem: _tree[_tree.Root], take: 100).Total);

    [Fact]
    public void Items_not_routable_in_the_culture_are_left_out()
    {
        var result = Run(null, culture: "en-US", take: 100);

        Assert.Equal([_tree.Root, _tree.Challenges, _tree.Flowers, _tree.Home, _tree.Distress], Keys(result));
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public void Items_under_an_unpublished_ancestor_cannot_be_fetched_by_id_in_that_culture()
    {
        Assert.Empty(Run($"children:{_tree.Zarek}", culture: "en-US").Items);
        Assert.Single(Run($"children:{_tree.Zarek}").Items);
    }

    [Fact]
    public void Filters_apply_before_paging_and_total()
    {
        var result = Run(null, filters: ["contentType:lifeChallenge"], take: 2);

        Assert.Equal(3, result.Total);
        Assert.Equal([_tree.Flowers, _tree.Home], Keys(result));
    }

    [Fact]
    public void Skip_and_take_page_through_the_result()
    {
        var result = Run($"descendants:{_tree.Root}", skip: 2, take: 3);

        Assert.Equal(7, result.Total);
        Assert.Equal([_tree.Home, _tree.Distress, _tree.Organisations], Keys(result));
    }

    [Fact]
    public void Skip_past_the_end_gives_no_items_but_the_total()
    {
        var result = Run($"descendants:{_tree.Root}", skip: 50);

        Assert.Equal(7, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Take_zero_gives_no_items_but_the_total()
    {
        var result = Run($"descendants:{_tree.Root}", take: 0);

        Assert.Equal(7, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Name_sort_uses_slovenian_alphabetical_order()
    {
        Assert.Equal([_tree.Flowers, _tree.Distress, _tree.Home], Keys(Run($"children:{_tree.Challenges}", sorts: ["name:asc"])));
        Assert.Equal([_tree.Home, _tree.Distress, _tree.Flowers], Keys(Run($"children:{_tree.Challenges}", sorts: ["name:desc"])));
    }

    [Fact]
    public void Name_sort_uses_the_names_of_the_requested_culture() =>
        Assert.Equal([_tree.Distress, _tree.Flowers, _tree.Home], Keys(Run($"children:{_tree.Challenges}", sorts: ["name:asc"], culture: "en-US")));

    [Fact]
    public void Create_date_sort_orders_by_creation()
    {
        Assert.Equal([_tree.Home, _tree.Flowers, _tree.Distress], Keys(Run($"children:{_tree.Challenges}", sorts: ["createDate:asc"])));
        Assert.Equal([_tree.Distress, _tree.Flowers, _tree.Home], Keys(Run($"children:{_tree.Challenges}", sorts: ["createDate:desc"])));
    }

    [Fact]
    public void Later_sorts_break_ties_of_earlier_ones() =>
        Assert.Equal([_tree.Organisations, _tree.Challenges, _tree.Flowers, _tree.Distress, _tree.Home, _tree.Zarek, _tree.HomeHelp],
            Keys(Run($"descendants:{_tree.Root}", sorts: ["level:asc", "name:asc"])));

    [Fact]
    public void Level_descending_puts_the_deepest_items_first() =>
        Assert.Equal(_tree.HomeHelp, Run($"descendants:{_tree.Root}", sorts: ["level:desc"]).Items[0].Key);
}
