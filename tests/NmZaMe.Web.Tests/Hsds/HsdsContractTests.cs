using System.Net;
using System.Text.Json;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>
/// Every /hsds endpoint and every page of every list, validated against the HSDS 3.0 JSON Schemas, with the ids the
/// lists give fetched one by one: the walk a validator such as Open Referral UK's does, but over all of it.
/// </summary>
public sealed class HsdsContractTests(SeedApplication seed) : IClassFixture<SeedApplication>
{
    private const int PerPage = 7;

    [Fact]
    public async Task The_root_names_the_version_the_profile_and_the_openapi_document_and_both_resolve()
    {
        var root = await seed.GetJsonAsync("/hsds/");
        Assert.Equal("3.0", root.GetProperty("version").GetString());
        var profile = new Uri(root.GetProperty("profile").GetString()!);
        var openapi = new Uri(root.GetProperty("openapi_url").GetString()!);
        Assert.True(profile.IsAbsoluteUri && openapi.IsAbsoluteUri);

        var profileText = await seed.Client.GetStringAsync(profile.PathAndQuery);
        Assert.Contains("Europe/Ljubljana", profileText, StringComparison.Ordinal);
        var document = await seed.GetJsonAsync(openapi.PathAndQuery);
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/taxonomies", "/taxonomies/{id}",
                     "/taxonomy_terms", "/taxonomy_terms/{id}", "/service_at_locations", "/service_at_locations/{id}", "/locations/{id}" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Theory]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task Every_page_and_every_record_validates_against_the_hsds_schemas(string lang)
    {
        var services = await Walk($"/hsds/services?lang={lang}", HsdsSchemas.ServiceList);
        Assert.NotEmpty(services);
        await Walk($"/hsds/services?full=true&lang={lang}", HsdsSchemas.Service);
        foreach (var id in services)
        {
            HsdsChecks.Valid(HsdsSchemas.Service, await seed.GetJsonAsync($"/hsds/services/{id}?lang={lang}"), $"/hsds/services/{id}");
        }

        var organisations = await Walk($"/hsds/organizations?lang={lang}", HsdsSchemas.OrganizationList);
        await Walk($"/hsds/organizations?full_service=true&lang={lang}", HsdsSchemas.Organization, 3);
        foreach (var id in organisations)
        {
            HsdsChecks.Valid(HsdsSchemas.Organization, await seed.GetJsonAsync($"/hsds/organizations/{id}?lang={lang}"), $"/hsds/organizations/{id}");
            HsdsChecks.Valid(HsdsSchemas.Organization, await seed.GetJsonAsync($"/hsds/organizations/{id}?full_service=true&lang={lang}"), $"/hsds/organizations/{id}?full_service=true");
        }

        foreach (var id in await Walk($"/hsds/taxonomies?lang={lang}", HsdsSchemas.Taxonomy, 2))
        {
            HsdsChecks.Valid(HsdsSchemas.Taxonomy, await seed.GetJsonAsync($"/hsds/taxonomies/{id}?lang={lang}"), $"/hsds/taxonomies/{id}");
        }

        var terms = await Walk($"/hsds/taxonomy_terms?lang={lang}", HsdsSchemas.TaxonomyTerm);
        Assert.NotEmpty(terms);
        foreach (var id in terms)
        {
            HsdsChecks.Valid(HsdsSchemas.TaxonomyTerm, await seed.GetJsonAsync($"/hsds/taxonomy_terms/{id}?lang={lang}"), $"/hsds/taxonomy_terms/{id}");
        }

        var atLocations = await Walk($"/hsds/service_at_locations?lang={lang}", HsdsSchemas.ServiceAtLocationList);
        Assert.NotEmpty(atLocations);
        await Walk($"/hsds/service_at_locations?full=true&lang={lang}", HsdsSchemas.ServiceAtLocation);
        foreach (var id in atLocations)
        {
            var item = await seed.GetJsonAsync($"/hsds/service_at_locations/{id}?lang={lang}");
            HsdsChecks.Valid(HsdsSchemas.ServiceAtLocation, item, $"/hsds/service_at_locations/{id}");
            var location = item.GetProperty("location_id").GetString();
            Assert.Equal(location, item.GetProperty("location").GetProperty("id").GetString());
            HsdsChecks.Valid(HsdsSchemas.Location, await seed.GetJsonAsync($"/hsds/locations/{location}?lang={lang}"), $"/hsds/locations/{location}");
        }
    }

    [Fact]
    public async Task Ids_are_the_same_in_both_languages_and_on_every_request()
    {
        var first = await seed.GetJsonAsync("/hsds/services?per_page=200&full=true");
        var english = await seed.GetJsonAsync("/hsds/services?per_page=200&full=true&lang=en");
        var again = await seed.GetJsonAsync("/hsds/services?per_page=200&full=true");
        Assert.Equal(first.GetRawText(), again.GetRawText());
        // The order follows the names, which differ by language; the records and their ids do not.
        Assert.Equal(Ids(first).Order(), Ids(english).Order());
        Assert.NotEqual(first.GetRawText(), english.GetRawText());
    }

    [Fact]
    public async Task English_comes_from_lang_or_accept_language_and_lang_wins()
    {
        var service = seed.App.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("en-US") is { } en && en != c.Name("sl-SI"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/hsds/services/{service.Key}");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-GB,en;q=0.9");
        using var response = await seed.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        var byHeader = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var byQuery = await seed.GetJsonAsync($"/hsds/services/{service.Key}?lang=en");
        Assert.Equal(byHeader.GetRawText(), byQuery.GetRawText());
        Assert.Equal(service.Name("en-US"), byQuery.GetProperty("name").GetString());

        var slovenian = await seed.GetJsonAsync($"/hsds/services/{service.Key}?lang=sl", ("Accept-Language", "en"));
        Assert.Equal(service.Name("sl-SI"), slovenian.GetProperty("name").GetString());
        Assert.Equal(service.Name("sl-SI"), (await seed.GetJsonAsync($"/hsds/services/{service.Key}")).GetProperty("name").GetString());
    }

    /// <summary>Fetches every page of a list, checks each against the envelope rules and its items against the schema; the ids in order.</summary>
    private async Task<List<string>> Walk(string url, string schema, int perPage = PerPage)
    {
        var ids = new List<string>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        int? total = null;
        for (var page = 1; ; page++)
        {
            var pageUrl = $"{url}{separator}page={page}&per_page={perPage}";
            var body = await seed.GetJsonAsync(pageUrl);
            HsdsChecks.Page(body, perPage, pageUrl);
            Assert.Equal(page, body.GetProperty("page_number").GetInt32());
            total ??= body.GetProperty("total_items").GetInt32();
            Assert.Equal(total, body.GetProperty("total_items").GetInt32());
            foreach (var item in body.GetProperty("contents").EnumerateArray())
            {
                HsdsChecks.Valid(schema, item, pageUrl);
                ids.Add(item.GetProperty("id").GetString()!);
            }

            if (body.GetProperty("last_page").GetBoolean())
            {
                break;
            }
        }

        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return ids;
    }

    private static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("contents").EnumerateArray().Select(i => i.GetRawText()).SelectMany(IdsIn)];

    private static IEnumerable<string> IdsIn(string json)
    {
        var found = new List<string>();
        Collect(JsonDocument.Parse(json).RootElement, found);
        return found;
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "id" || property.Name.EndsWith("_id", StringComparison.Ordinal))
                {
                    found.Add(property.Value.GetString()!);
                }

                Collect(property.Value, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, found);
            }
        }
    }
}
