using NmZaMe.Cms.Content;
using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Delivery;

public class QueryParserTests
{
    private static readonly DateTime Jan2024 = new(2024, 1, 15, 12, 0, 0, DateTimeKind.Utc);
    private readonly PublishedSnapshot _snapshot;
    private readonly PublishedContent _violence;
    private readonly PublishedContent _homeHelp;
    private readonly PublishedContent _counselling;

    public QueryParserTests()
    {
        var builder = new SnapshotBuilder();
        var root = builder.Document("catalogueRoot", null, "Lokalna blaginja");
        var folder = builder.Document("lifeChallengeFolder", root, "Življenjske situacije");
        var violence = builder.Document("lifeChallenge", folder, "Nasilje", "Violence");
        var organisation = builder.Document("organisation", root, "Društvo Žarek");
        var homeHelp = builder.Document("service", organisation, "Pomoč na domu", "Home help", createDate: Jan2024, updateDate: Jan2024.AddMonths(6), values: d =>
        {
            d.SetValue("targetGroups", string.Empty, "[\"starejši\",\"svojci\"]");
            d.SetValue("municipalities", string.Empty, "[\"Novo mesto\",\"Šentjernej\"]");
            d.SetValue("cost", string.Empty, "[\"delno plačljivo\"]");
        });
        var counselling = builder.Document("service", organisation, "Svetovanje žrtvam", "Counselling", createDate: Jan2024.AddYears(1), values: d =>
        {
            d.SetValue("lifeChallenges", string.Empty, Udi.Document(violence));
            d.SetValue("targetGroups", string.Empty, "[\"žrtve nasilja\"]");
            d.SetValue("cost", string.Empty, "[\"brezplačno\"]");
        });
        _snapshot = builder.Build();
        _violence = _snapshot.Get(violence)!;
        _homeHelp = _snapshot.Get(homeHelp)!;
        _counselling = _snapshot.Get(counselling)!;
    }

    private Filter SingleFilter(string raw)
    {
        var problem = QueryParser.TryParseFilters([raw], out var filters);
        Assert.Null(problem);
        return Assert.Single(filters);
    }

    private bool Matches(string raw, PublishedContent item, string culture = "sl-SI") => SingleFilter(raw).Matches(item, _snapshot, culture);

    [Theory]
    [InlineData("ancestors:/a/b/", SelectorKind.Ancestors, "/a/b/")]
    [InlineData("children:1f3a5c2e-0000-4000-8000-000000000001", SelectorKind.Children, "1f3a5c2e-0000-4000-8000-000000000001")]
    [InlineData("descendants: /organizacije/ ", SelectorKind.Descendants, "/organizacije/")]
    [InlineData("Children:/", SelectorKind.Children, "/")]
    public void Fetch_is_parsed_into_kind_and_target(string fetch, SelectorKind kind, string target)
    {
        Assert.Null(QueryParser.TryParseSelector(fetch, out var selector));
        Assert.Equal((kind, target), (selector.Kind, selector.Target));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_fetch_selects_all_content(string? fetch)
    {
        Assert.Null(QueryParser.TryParseSelector(fetch, out var selector));
        Assert.Equal(SelectorKind.All, selector.Kind);
    }

    [Theory]
    [InlineData("siblings:/a/")]
    [InlineData("children")]
    [InlineData(":/a/")]
    [InlineData("parent:/")]
    public void An_unknown_fetch_option_is_the_selector_not_found_problem(string fetch)
    {
        var problem = QueryParser.TryParseSelector(fetch, out _);

        Assert.Equal(new DeliveryProblem("Selector option not found", "The attempted 'fetch' option does not exist"), problem);
    }

    [Fact]
    public void ContentType_filter_matches_the_alias()
    {
        Assert.True(Matches("contentType:service", _homeHelp));
        Assert.False(Matches("contentType:service", _violence));
    }

    [Fact]
    public void ContentType_filter_with_commas_matches_any_of_the_aliases()
    {
        Assert.True(Matches("contentType:lifeChallenge,service", _homeHelp));
        Assert.True(Matches("contentType:lifeChallenge,service", _violence));
        Assert.False(Matches("contentType:newsArticle,organisation", _violence));
    }

    [Fact]
    public void ContentType_filter_with_a_bang_matches_everything_else()
    {
        Assert.False(Matches("contentType:!service", _homeHelp));
        Assert.True(Matches("contentType:!service", _violence));
        Assert.False(Matches("contentType:!service,lifeChallenge", _violence));
    }

    [Theory]
    [InlineData("name:Pomoč", true)]
    [InlineData("name:pomoc", true)]
    [InlineData("name:NA DOMU", true)]
    [InlineData("name:svetovanje", false)]
    [InlineData("name:!svetovanje", true)]
    [InlineData("name:!pomoč", false)]
    public void Name_filter_is_a_case_and_diacritic_insensitive_contains(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Theory]
    [InlineData("name:svetovanje,domu", true)]
    [InlineData("name: svetovanje , DOMU ", true)]
    [InlineData("name:svetovanje,žrtve", false)]
    [InlineData("name:!svetovanje,domu", false)]
    public void Name_filter_with_commas_matches_any_of_the_values_as_umbraco(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Theory]
    [InlineData("createDate:2024-01-15T12:00:00", true)]
    [InlineData("createDate:2024-01-15T09:00:00", false)]
    [InlineData("createDate:!2024-01-15T09:00:00", true)]
    public void A_date_with_a_time_is_an_exact_instant_as_umbraco(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Fact]
    public void Name_filter_uses_the_name_in_the_requested_culture()
    {
        Assert.True(Matches("name:home", _homeHelp, "en-US"));
        Assert.False(Matches("name:home", _homeHelp));
    }

    [Theory]
    [InlineData("createDate:2024-01-15", true)]
    [InlineData("createDate:2024-01-16", false)]
    [InlineData("createDate:!2024-01-15", false)]
    [InlineData("createDate:!2023-12-31", true)]
    [InlineData("createDate>2024-01-01", true)]
    [InlineData("createDate>2024-01-15T12:00:00", false)]
    [InlineData("createDate>:2024-01-15T12:00:00", true)]
    [InlineData("createDate<2024-01-15T12:00:00", false)]
    [InlineData("createDate<:2024-01-15T12:00:00", true)]
    [InlineData("createDate<2025-01-01", true)]
    [InlineData("CREATEDATE>2023-01-01", true)]
    public void CreateDate_filter_supports_every_operator(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Theory]
    [InlineData("updateDate>2024-06-01", true)]
    [InlineData("updateDate<2024-06-01", false)]
    [InlineData("updateDate:2024-07-15", true)]
    public void UpdateDate_filter_compares_the_update_date(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Fact]
    public void Date_range_filters_combine()
    {
        QueryParser.TryParseFilters(["createDate>:2024-01-01", "createDate<2025-01-01"], out var filters);

        Assert.True(filters.All(f => f.Matches(_homeHelp, _snapshot, "sl-SI")));
        Assert.False(filters.All(f => f.Matches(_counselling, _snapshot, "sl-SI")));
    }

    [Theory]
    [InlineData("createDate>yesterday")]
    [InlineData("createDate<2024-13-45")]
    [InlineData("updateDate:")]
    public void A_date_filter_with_an_unparseable_date_is_dropped_silently(string raw)
    {
        var problem = QueryParser.TryParseFilters([raw], out var filters);

        Assert.Null(problem);
        Assert.Empty(filters);
    }

    [Theory]
    [InlineData("colour:red")]
    [InlineData("contentType")]
    [InlineData(":service")]
    [InlineData("text")]
    public void An_unknown_filter_is_the_filter_not_found_problem(string raw)
    {
        var problem = QueryParser.TryParseFilters(["contentType:service", raw], out _);

        Assert.Equal(new DeliveryProblem("Filter option not found", "One of the attempted 'filter' options does not exist"), problem);
    }

    [Fact]
    public void Empty_filters_are_ignored()
    {
        var problem = QueryParser.TryParseFilters([null, "", "  ", "contentType:service"], out var filters);

        Assert.Null(problem);
        Assert.Equal("contentType", Assert.Single(filters).Option);
    }

    [Fact]
    public void LifeChallenge_filter_matches_by_key()
    {
        Assert.True(Matches($"lifeChallenge:{_violence.Key}", _counselling));
        Assert.False(Matches($"lifeChallenge:{_violence.Key}", _homeHelp));
    }

    [Theory]
    [InlineData("lifeChallenge:nasilje")]
    [InlineData("lifeChallenge:violence")]
    [InlineData("lifeChallenge:NASILJE")]
    [InlineData("lifeChallenge:starost,nasilje")]
    public void LifeChallenge_filter_matches_by_url_segment_in_any_culture(string filter) =>
        Assert.True(Matches(filter, _counselling));

    [Fact]
    public void LifeChallenge_filter_does_not_match_an_item_without_life_challenges() =>
        Assert.False(Matches("lifeChallenge:nasilje", _violence));

    [Theory]
    [InlineData("targetGroup:starejši", true)]
    [InlineData("targetGroup:starejsi", true)]
    [InlineData("targetGroup:otroci", false)]
    [InlineData("targetGroup:otroci,svojci", true)]
    [InlineData("targetGroup:!starejši", false)]
    public void TargetGroup_filter_matches_a_checked_group_forgiving_diacritics(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Theory]
    [InlineData("municipality:Šentjernej", true)]
    [InlineData("municipality:sentjernej", true)]
    [InlineData("municipality:Straža", false)]
    public void Municipality_filter_matches_a_checked_municipality(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Theory]
    [InlineData("cost:brezplačno", false)]
    [InlineData("cost:delno placljivo", true)]
    [InlineData("cost:brezplacno,delno plačljivo", true)]
    public void Cost_filter_matches_the_chosen_cost(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter, _homeHelp));

    [Theory]
    [InlineData("name:asc", SortField.Name, true)]
    [InlineData("name:desc", SortField.Name, false)]
    [InlineData("createDate:asc", SortField.CreateDate, true)]
    [InlineData("updateDate:descending", SortField.UpdateDate, false)]
    [InlineData("level:ascending", SortField.Level, true)]
    [InlineData("sortOrder:whatever", SortField.SortOrder, false)]
    [InlineData("path:", SortField.Path, false)]
    public void Sort_starting_with_asc_is_ascending_and_anything_else_descending(string raw, SortField field, bool ascending)
    {
        Assert.Null(QueryParser.TryParseSorts([raw], out var sorts));
        var sort = Assert.Single(sorts);
        Assert.Equal((field, ascending), (sort.Field, sort.Ascending));
    }

    [Fact]
    public void Sorts_keep_their_order_and_skip_empty_ones()
    {
        Assert.Null(QueryParser.TryParseSorts(["level:asc", "", null, "name:desc"], out var sorts));
        Assert.Equal([(SortField.Level, true), (SortField.Name, false)], sorts.Select(s => (s.Field, s.Ascending)));
    }

    [Theory]
    [InlineData("title:asc")]
    [InlineData("name")]
    [InlineData(":asc")]
    public void An_unknown_sort_is_the_sort_not_found_problem(string raw)
    {
        var problem = QueryParser.TryParseSorts(["name:asc", raw], out _);

        Assert.Equal(new DeliveryProblem("Sort option not found", "One of the attempted 'sort' options does not exist"), problem);
    }

    [Fact]
    public void Every_selector_and_sort_option_is_one_handler_as_umbracos_extension_model()
    {
        Assert.Equal(["ancestors", "children", "descendants"],
            new[] { "ancestors:/", "children:/", "descendants:/" }.Select(q => Assert.Single(NmZaMe.Cms.Delivery.Selectors.SelectorHandlers.All, h => h.CanHandle(q)).BuildSelector(q).Kind.ToString().ToLowerInvariant()));
        Assert.All(new[] { "createDate:asc", "updateDate:asc", "level:asc", "name:asc", "sortOrder:asc", "path:asc" },
            q => Assert.Single(NmZaMe.Cms.Delivery.Sorts.SortHandlers.All, h => h.CanHandle(q)));
    }
}
