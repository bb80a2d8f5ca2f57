using System.Globalization;
using System.Net;
using System.Text.Json;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>The HSDS query parameters through HTTP: filters (cumulative), search, paging limits, 400s, 404s, ETag and 304.</summary>
public sealed class HsdsQueryTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    [Fact]
    public async Task Organization_id_gives_exactly_the_services_the_organisation_lists()
    {
        var organisations = await seed.GetJsonAsync("/hsds/organizations?per_page=200");
        foreach (var organisation in organisations.GetProperty("contents").EnumerateArray().Take(10))
        {
            var id = organisation.GetProperty("id").GetString();
            var full = await seed.GetJsonAsync($"/hsds/organizations/{id}");
            var listed = full.TryGetProperty("services", out var s) ? s.EnumerateArray().Select(x => x.GetProperty("id").GetString()).Order().ToArray() : [];
            var filtered = await seed.GetJsonAsync($"/hsds/services?organization_id={id}&per_page=200");
            Assert.Equal(listed, Contents(filtered).Select(x => x.GetProperty("id").GetString()).Order().ToArray());
            Assert.All(Contents(filtered), x => Assert.Equal(id, x.GetProperty("organization_id").GetString()));
        }
    }

    [Fact]
    public async Task Taxonomy_filters_keep_the_services_that_carry_the_term_and_combine_with_and()
    {
        var all = await Services("");
        var terms = await seed.GetJsonAsync("/hsds/taxonomy_terms?per_page=200");
        var lifeChallenge = Contents(terms).First(t => t.GetProperty("taxonomy").GetString() == "Življenjske situacije");
        var termId = lifeChallenge.GetProperty("id").GetString()!;
        var taxonomyId = lifeChallenge.GetProperty("taxonomy_id").GetString()!;

        var byTerm = await Services($"taxonomy_term_id={termId}");
        Assert.NotEmpty(byTerm);
        Assert.All(byTerm, s => Assert.Contains(s.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("taxonomy_term_id").GetString() == termId));
        Assert.Equal(all.Count(s => Terms(s).Contains(termId)), byTerm.Count);

        var byTaxonomy = await Services($"taxonomy_id={taxonomyId}");
        Assert.True(byTaxonomy.Count >= byTerm.Count);
        Assert.All(byTaxonomy, s => Assert.Contains(s.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("taxonomy_term").GetProperty("taxonomy_id").GetString() == taxonomyId));

        var organisation = byTerm[0].GetProperty("organization_id").GetString();
        var both = await Services($"taxonomy_term_id={termId}&organization_id={organisation}");
        Assert.Equal(byTerm.Count(s => s.GetProperty("organization_id").GetString() == organisation), both.Count);

        var children = await seed.GetJsonAsync($"/hsds/taxonomy_terms?taxonomy_id={taxonomyId}&top_only=true&per_page=200");
        Assert.All(Contents(children), t => Assert.False(t.TryGetProperty("parent_id", out _)));
    }

    [Fact]
    public async Task Modified_after_keeps_what_changed_at_or_after_the_instant()
    {
        var all = await Services("");
        var instants = all.Select(s => DateTimeOffset.Parse(s.GetProperty("last_modified").GetString()!, CultureInfo.InvariantCulture)).Order().ToArray();
        var middle = instants[instants.Length / 2];
        var since = await Services("modified_after=" + Uri.EscapeDataString(middle.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)));
        Assert.Equal(instants.Count(i => i >= middle), since.Count);
        Assert.Empty(await Services("modified_after=2999-01-01T00:00:00Z"));
        Assert.Equal(all.Count, (await Services("modified_after=2000-01-01T00:00:00%2B01:00")).Count);
    }

    [Fact]
    public async Task Search_goes_through_the_site_search_and_combines_with_filters()
    {
        var found = await Services("search=" + Uri.EscapeDataString("nasilje"));
        Assert.NotEmpty(found);
        Assert.True(found.Count < (await Services("")).Count);
        var organisation = found[0].GetProperty("organization_id").GetString();
        var narrowed = await Services($"search=nasilje&organization_id={organisation}");
        Assert.All(narrowed, s => Assert.Equal(organisation, s.GetProperty("organization_id").GetString()));
        Assert.Empty(await Services("search=" + Uri.EscapeDataString("qqqxxyz")));
        var organisations = await seed.GetJsonAsync("/hsds/organizations?search=nasilja");
        Assert.True(organisations.GetProperty("total_items").GetInt32() > 0);
    }

    [Fact]
    public async Task Paging_is_capped_and_a_page_past_the_end_is_empty_with_the_true_totals()
    {
        var capped = await seed.GetJsonAsync("/hsds/taxonomy_terms?per_page=100000");
        var total = capped.GetProperty("total_items").GetInt32();
        Assert.Equal(Math.Min(total, 200), capped.GetProperty("size").GetInt32());
        Assert.Equal((total + 199) / 200, capped.GetProperty("total_pages").GetInt32());

        var past = await seed.GetJsonAsync("/hsds/services?page=999");
        Assert.True(past.GetProperty("empty").GetBoolean());
        Assert.True(past.GetProperty("last_page").GetBoolean());
        Assert.Equal(0, past.GetProperty("contents").GetArrayLength());
        Assert.True(past.GetProperty("total_items").GetInt32() > 0);
        var byDefault = await seed.GetJsonAsync("/hsds/taxonomy_terms");
        Assert.Equal((total + 49) / 50, byDefault.GetProperty("total_pages").GetInt32());
        Assert.Equal(Math.Min(total, 50), byDefault.GetProperty("size").GetInt32());
    }

    [Theory]
    [InlineData("/hsds/services?page=0")]
    [InlineData("/hsds/services?page=two")]
    [InlineData("/hsds/services?per_page=-5")]
    [InlineData("/hsds/services?taxonomy_term_id=life")]
    [InlineData("/hsds/services?organization_id=123")]
    [InlineData("/hsds/services?modified_after=yesterday")]
    [InlineData("/hsds/services?modified_after=2026-01-01T00:00:00")]
    [InlineData("/hsds/services?full=maybe")]
    [InlineData("/hsds/services?format=ndjson")]
    [InlineData("/hsds/services?minimal=true")]
    [InlineData("/hsds/service_at_locations?postcode=8000")]
    [InlineData("/hsds/organizations?full_service=1")]
    [InlineData("/hsds/taxonomy_terms?parent_id=x")]
    [InlineData("/hsds/taxonomies?lang=de")]
    public async Task A_bad_parameter_is_a_400_problem(string url)
    {
        using var response = await seed.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Theory]
    [InlineData("services")]
    [InlineData("organizations")]
    [InlineData("taxonomies")]
    [InlineData("taxonomy_terms")]
    [InlineData("service_at_locations")]
    [InlineData("locations")]
    public async Task An_unknown_id_is_a_404_problem(string kind)
    {
        using var unknown = await seed.Client.GetAsync($"/hsds/{kind}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Null(unknown.Headers.ETag);
        using var notAnId = await seed.Client.GetAsync($"/hsds/{kind}/not-an-id");
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
    }

    [Fact]
    public async Task A_service_of_another_kind_of_item_is_not_found_under_services()
    {
        var organisation = (await seed.GetJsonAsync("/hsds/organizations")).GetProperty("contents")[0].GetProperty("id").GetString();
        using var response = await seed.Client.GetAsync($"/hsds/services/{organisation}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Answers_carry_a_strong_etag_and_the_same_tag_gets_a_304()
    {
        using var first = await seed.Client.GetAsync("/hsds/services?per_page=3");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Language", first.Headers.Vary);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/hsds/services?per_page=3");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag.Tag);
        using var again = await seed.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using var english = await seed.Client.GetAsync("/hsds/services?per_page=3&lang=en");
        Assert.NotEqual(etag, english.Headers.ETag);
    }

    private async Task<List<JsonElement>> Services(string query) =>
        Contents(await seed.GetJsonAsync($"/hsds/services?full=true&per_page=200&{query}"));

    private static List<JsonElement> Contents(JsonElement page) => [.. page.GetProperty("contents").EnumerateArray()];

    private static IEnumerable<string?> Terms(JsonElement service) =>
        service.TryGetProperty("attributes", out var attributes) ? attributes.EnumerateArray().Select(a => a.GetProperty("taxonomy_term_id").GetString()) : [];
}
