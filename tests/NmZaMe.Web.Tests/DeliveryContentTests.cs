using System.Net;
using System.Text.Json;
using NmZaMe.Cms.Text;

namespace NmZaMe.Web.Tests;

public sealed class DeliveryContentTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const string Api = "/umbraco/delivery/api/v2";

    [Fact]
    public async Task Item_by_id_has_umbracos_shape_with_contentType_first()
    {
        var key = seed.Find("organisation", "Pisarna lokalne blaginje");

        var item = await seed.GetJsonAsync($"{Api}/content/item/{key}");

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"],
            item.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("organisation", item.GetProperty("contentType").GetString());
        Assert.Equal(key, item.GetProperty("id").GetGuid());
        var route = item.GetProperty("route");
        Assert.Equal("/organizacije/pisarna-lokalne-blaginje/", route.GetProperty("path").GetString());
        Assert.Equal("sistem-lokalne-blaginje-novo-mesto", route.GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal("/organisations/local-welfare-office/", item.GetProperty("cultures").GetProperty("en-US").GetProperty("path").GetString());
        Assert.EndsWith("Z", item.GetProperty("createDate").GetString());
    }

    [Fact]
    public async Task Item_by_path_resolves_per_culture()
    {
        var sl = await seed.GetJsonAsync($"{Api}/content/item/zivljenjske-situacije/starost-in-oskrba/");
        var en = await seed.GetJsonAsync($"{Api}/content/item/life-challenges/older-age-and-care", ("Accept-Language", "en-US"));

        Assert.Equal(sl.GetProperty("id").GetGuid(), en.GetProperty("id").GetGuid());
        Assert.Equal("Starost in oskrba", sl.GetProperty("name").GetString());
        Assert.Equal("Older age and care", en.GetProperty("name").GetString());
        Assert.Equal("/life-challenges/older-age-and-care/", en.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Root_is_served_at_slash()
    {
        var root = await seed.GetJsonAsync($"{Api}/content/item/");

        Assert.Equal("catalogueRoot", root.GetProperty("contentType").GetString());
        Assert.Equal("/", root.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Children_of_an_organisation_sorted_by_name_in_slovenian_order()
    {
        var org = seed.Find("organisation", "OZ Rdečega križa");

        var page = await seed.GetJsonAsync($"{Api}/content?fetch=children:{org}&filter=contentType:service&sort=name:asc&take=50");

        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.True(names.Count >= 3);
        Assert.Equal(names.Count, page.GetProperty("total").GetInt64());
        Assert.Equal(names.OrderBy(n => n, SlovenianCollation.Comparer).ToList(), names);
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("service", i.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task Sorting_by_name_puts_c_before_ch_before_d_and_z_before_zh()
    {
        var page = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&sort=name:asc&take=100");
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

        var firstCaron = names.FindIndex(n => n.StartsWith('Č'));
        var lastC = names.FindLastIndex(n => n.StartsWith('C'));
        var firstD = names.FindIndex(n => n.StartsWith('D'));
        Assert.True(lastC < firstCaron && firstCaron < firstD, string.Join(" | ", names));
    }

    [Fact]
    public async Task Content_type_filter_supports_or_and_not()
    {
        var both = await seed.GetJsonAsync($"{Api}/content?filter=contentType:lifeChallenge,newsArticle&take=0");
        var challenges = await seed.GetJsonAsync($"{Api}/content?filter=contentType:lifeChallenge&take=0");
        var news = await seed.GetJsonAsync($"{Api}/content?filter=contentType:newsArticle&take=0");
        var notServices = await seed.GetJsonAsync($"{Api}/content?filter=contentType:!service&take=0");
        var all = await seed.GetJsonAsync($"{Api}/content?take=0");
        var services = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&take=0");

        Assert.Equal(14, challenges.GetProperty("total").GetInt64());
        Assert.Equal(challenges.GetProperty("total").GetInt64() + news.GetProperty("total").GetInt64(), both.GetProperty("total").GetInt64());
        Assert.Equal(all.GetProperty("total").GetInt64() - services.GetProperty("total").GetInt64(), notServices.GetProperty("total").GetInt64());
        Assert.True(services.GetProperty("total").GetInt64() >= 120);
    }

    [Fact]
    public async Task Repeated_filters_are_anded_including_extension_filters()
    {
        var starost = seed.Find("lifeChallenge", "Starost");

        var byId = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&filter=lifeChallenge:{starost}&take=100");
        var bySegment = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&filter=lifeChallenge:starost-in-oskrba&take=100");
        var free = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&filter=lifeChallenge:starost-in-oskrba&filter=cost:brezplačno&take=100");

        Assert.True(byId.GetProperty("total").GetInt64() > 0);
        Assert.Equal(byId.GetProperty("total").GetInt64(), bySegment.GetProperty("total").GetInt64());
        Assert.True(free.GetProperty("total").GetInt64() < byId.GetProperty("total").GetInt64());
        Assert.All(free.GetProperty("items").EnumerateArray(), i => Assert.Equal("brezplačno", i.GetProperty("properties").GetProperty("cost").GetString()));
    }

    [Fact]
    public async Task Date_filters_compare_create_dates()
    {
        var all = await seed.GetJsonAsync($"{Api}/content?take=0");
        var future = await seed.GetJsonAsync($"{Api}/content?filter=createDate>2100-01-01&take=0");
        var past = await seed.GetJsonAsync($"{Api}/content?filter=createDate<2100-01-01&take=0");
        var unparseable = await seed.GetJsonAsync($"{Api}/content?filter=createDate>notadate&take=0");

        Assert.Equal(0, future.GetProperty("total").GetInt64());
        Assert.Equal(all.GetProperty("total").GetInt64(), past.GetProperty("total").GetInt64());
        Assert.Equal(all.GetProperty("total").GetInt64(), unparseable.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Ancestors_and_descendants_by_path()
    {
        var ancestors = await seed.GetJsonAsync($"{Api}/content?fetch=ancestors:/organizacije/pisarna-lokalne-blaginje/&take=10");
        var descendants = await seed.GetJsonAsync($"{Api}/content?fetch=descendants:/organizacije/&filter=contentType:organisation&take=0");

        Assert.Equal(["catalogueRoot", "organisationFolder"], ancestors.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("contentType").GetString()!).ToArray());
        Assert.Equal(seed.App.Snapshot.All.Count(c => c.ContentType.Alias == "organisation"), descendants.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Unknown_fetch_target_is_an_empty_page_not_an_error()
    {
        var page = await seed.GetJsonAsync($"{Api}/content?fetch=children:{Guid.NewGuid()}");

        Assert.Equal(0, page.GetProperty("total").GetInt64());
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("fetch=nothing:abc", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData("filter=unknownOption:1", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData("sort=popularity:desc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    public async Task Unknown_query_options_are_400_problem_details_with_umbracos_wording(string query, string title, string detail)
    {
        var response = await seed.Client.GetAsync($"{Api}/content?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Unknown_items_are_404_problem_details()
    {
        foreach (var url in new[] { $"{Api}/content/item/{Guid.NewGuid()}", $"{Api}/content/item/no/such/page/" })
        {
            var response = await seed.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Unknown_start_item_is_404_with_umbracos_message()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/content");
        request.Headers.Add("Start-Item", "no-such-root");

        var response = await seed.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The Start-Item could not be found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_item_by_segment_scopes_the_query_to_its_descendants()
    {
        var all = await seed.GetJsonAsync($"{Api}/content?take=0");
        var scoped = await seed.GetJsonAsync($"{Api}/content?take=0", ("Start-Item", "sistem-lokalne-blaginje-novo-mesto"));

        Assert.Equal(all.GetProperty("total").GetInt64() - 1, scoped.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Take_is_capped_and_paging_is_consistent()
    {
        var capped = await seed.GetJsonAsync($"{Api}/content?take=100000");
        var first = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&sort=name:asc&skip=0&take=5");
        var second = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&sort=name:asc&skip=5&take=5");
        var ten = await seed.GetJsonAsync($"{Api}/content?filter=contentType:service&sort=name:asc&skip=0&take=10");

        Assert.Equal(100, capped.GetProperty("items").GetArrayLength());
        Assert.True(capped.GetProperty("total").GetInt64() > 100);
        var names = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetGuid());
        Assert.Equal(ten.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), names);
    }

    [Fact]
    public async Task Pickers_are_shallow_unless_expanded_and_fields_limit_properties()
    {
        var service = seed.Find("service", "Pomoč družini na domu");

        var plain = await seed.GetJsonAsync($"{Api}/content/item/{service}");
        var expanded = await seed.GetJsonAsync($"{Api}/content/item/{service}?expand=properties[lifeChallenges]");
        var limited = await seed.GetJsonAsync($"{Api}/content/item/{service}?fields=properties[summary,cost]");

        var picked = plain.GetProperty("properties").GetProperty("lifeChallenges");
        Assert.Equal(JsonValueKind.Array, picked.ValueKind);
        Assert.Empty(picked[0].GetProperty("properties").EnumerateObject());
        Assert.False(picked[0].TryGetProperty("cultures", out _));
        Assert.NotEmpty(expanded.GetProperty("properties").GetProperty("lifeChallenges")[0].GetProperty("properties").EnumerateObject());
        Assert.Equal(["summary", "cost"], limited.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderDescending().ToArray());
    }

    [Fact]
    public async Task Block_lists_and_editor_values_have_umbracos_delivery_shapes()
    {
        var office = seed.Find("organisation", "Pisarna lokalne blaginje");

        var item = await seed.GetJsonAsync($"{Api}/content/item/{office}");
        var properties = item.GetProperty("properties");

        var block = properties.GetProperty("contacts").GetProperty("items")[0];
        Assert.Equal("contactPoint", block.GetProperty("content").GetProperty("contentType").GetString());
        Assert.Equal(JsonValueKind.Null, block.GetProperty("settings").ValueKind);
        Assert.Equal(JsonValueKind.String, properties.GetProperty("organisationType").ValueKind);
        Assert.Equal(JsonValueKind.Array, properties.GetProperty("municipalities").ValueKind);
        Assert.Equal(JsonValueKind.False, properties.GetProperty("confidentialLocation").ValueKind);
        // No value is null, as Umbraco's ApiPropertyRenderer; a set link list is an array.
        var organisations = seed.App.Snapshot.All.Where(c => c.ContentType.Alias == "organisation").ToList();
        var withoutWebsite = await seed.GetJsonAsync($"{Api}/content/item/{organisations.First(o => o.Value("website", "sl-SI") is not List<NmZaMe.Cms.PublishedCache.LinkValue> { Count: > 0 }).Key}");
        var withWebsite = await seed.GetJsonAsync($"{Api}/content/item/{organisations.First(o => o.Value("website", "sl-SI") is List<NmZaMe.Cms.PublishedCache.LinkValue> { Count: > 0 }).Key}");
        Assert.Equal(JsonValueKind.Null, withoutWebsite.GetProperty("properties").GetProperty("website").ValueKind);
        Assert.Equal(JsonValueKind.Array, withWebsite.GetProperty("properties").GetProperty("website").ValueKind);
        var description = properties.GetProperty("description");
        Assert.StartsWith("<", description.GetProperty("markup").GetString());
        Assert.Equal(JsonValueKind.Array, description.GetProperty("blocks").ValueKind);
    }

    [Fact]
    public async Task A_confidential_location_never_shows_an_address()
    {
        var org = seed.Find("organisation", "Društvo življenje brez nasilja");

        var item = await seed.GetJsonAsync($"{Api}/content/item/{org}?expand=properties[$all]");
        var page = await seed.GetJsonAsync($"{Api}/content?fetch=descendants:{org}&take=50");

        var properties = item.GetProperty("properties");
        Assert.True(properties.GetProperty("confidentialLocation").GetBoolean());
        Assert.False(properties.TryGetProperty("street", out _));
        Assert.False(properties.TryGetProperty("postcode", out _));
        Assert.False(properties.TryGetProperty("city", out _));
        Assert.DoesNotContain("\"street\"", page.GetRawText() + item.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_endpoint_returns_known_ids_in_order_and_skips_unknown()
    {
        var a = seed.Find("lifeChallenge", "Nasilje");
        var b = seed.Find("lifeChallenge", "Invalidnost");

        var items = await seed.GetJsonAsync($"{Api}/content/items?id={a}&id={Guid.NewGuid()}&id={b}&id={a}");

        Assert.Equal([a, b], items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
    }

    [Fact]
    public async Task Unpublished_culture_is_not_served()
    {
        var unknownCulture = await seed.GetJsonAsync($"{Api}/content?filter=contentType:lifeChallenge&take=0", ("Accept-Language", "de-DE"));
        var english = await seed.GetJsonAsync($"{Api}/content?filter=contentType:lifeChallenge&take=1", ("Accept-Language", "en-US"));

        Assert.Equal(14, unknownCulture.GetProperty("total").GetInt64());
        Assert.StartsWith("/life-challenges/", english.GetProperty("items")[0].GetProperty("route").GetProperty("path").GetString(), StringComparison.Ordinal);
    }
}
