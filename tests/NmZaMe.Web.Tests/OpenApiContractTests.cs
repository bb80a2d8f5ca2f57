using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NmZaMe.Web.Tests;

public sealed class OpenApiContractTests
{
    private const string ReferenceFileName = "umbraco-delivery-api-v17.openapi.json";

    private static readonly string[] DocumentRoutes = ["/umbraco/openapi/delivery.json", "/umbraco/swagger/delivery/swagger.json", "/openapi/delivery.json"];

    /// <summary>
    /// Where our document deliberately differs from Umbraco's in what the comparer checks. Each entry must still occur,
    /// so a fixed difference has to be removed from here too.
    /// </summary>
    private static readonly string[] AllowedDifferences =
    [
        // Umbraco's document leaves error bodies out. Ours says what is sent: ProblemDetails from Results.Problem, and
        // the plain-text "The Start-Item could not be found" that Umbraco (and we) answer to an unknown Start-Item.
        "GET /umbraco/delivery/api/v2/content response 404 body: expected none, found {type string}",
        "GET /umbraco/delivery/api/v2/content/item/{id} response 401 body: expected none, found {ref ProblemDetails}",
        "GET /umbraco/delivery/api/v2/content/item/{id} response 404 body: expected none, found {ref ProblemDetails} | {type string}",
        "GET /umbraco/delivery/api/v2/content/item/{path} response 401 body: expected none, found {ref ProblemDetails}",
        "GET /umbraco/delivery/api/v2/content/item/{path} response 404 body: expected none, found {ref ProblemDetails} | {type string}",
        "GET /umbraco/delivery/api/v2/content/items response 401 body: expected none, found {ref ProblemDetails}",
        "GET /umbraco/delivery/api/v2/media/item/{id} response 404 body: expected none, found {ref ProblemDetails}",
        "GET /umbraco/delivery/api/v2/media/item/{path} response 404 body: expected none, found {ref ProblemDetails}",

        // 401 when access is refused (API or media disabled, no public access, preview without a key): Umbraco answers
        // it on every endpoint but documents it only on the content item endpoints.
        "GET /umbraco/delivery/api/v2/content response 401: not in the reference",
        "GET /umbraco/delivery/api/v2/media response 401: not in the reference",
        "GET /umbraco/delivery/api/v2/media/item/{id} response 401: not in the reference",
        "GET /umbraco/delivery/api/v2/media/item/{path} response 401: not in the reference",
        "GET /umbraco/delivery/api/v2/media/items response 401: not in the reference",

        // A malformed id in the multi-item endpoints gives a ProblemDetails 400 the reference does not document.
        "GET /umbraco/delivery/api/v2/content/items response 400: not in the reference",
        "GET /umbraco/delivery/api/v2/media/items response 400: not in the reference",

        // The multi-item content endpoint checks Start-Item like the others and answers 404 to an unknown one.
        "GET /umbraco/delivery/api/v2/content/items response 404: not in the reference",

        // Not listed because the comparer ignores them: descriptions, summaries and examples (ours are our own words),
        // take's "maximum" (NmZaMe:DeliveryApi:MaxTake, checked below), skip/take "minimum: 0", and the
        // x-nmzame-extensions / x-nmzame-extension / x-nmzame-deviation notes.
    ];

    [Fact]
    public async Task Served_document_matches_Umbracos_delivery_contract()
    {
        var reference = LoadReference();
        using var uSync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(uSyncFolder: uSync.Folder);
        var client = await app.StartAsync();

        var documents = new List<JsonObject>();
        foreach (var route in DocumentRoutes)
        {
            var response = await client.GetAsync(route);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route} answered {(int)response.StatusCode} {body} (the application log has the cause)");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            documents.Add(JsonNode.Parse(body)!.AsObject());
        }

        Assert.True(JsonNode.DeepEquals(documents[0], documents[1]), $"{DocumentRoutes[0]} and {DocumentRoutes[1]} serve different documents.");
        var differences = OpenApiComparer.Compare(reference, documents[0]);
        var unexpected = differences.Except(AllowedDifferences).ToList();
        var stale = AllowedDifferences.Except(differences).ToList();
        Assert.True(unexpected.Count == 0 && stale.Count == 0,
            (unexpected.Count > 0 ? $"Differences from Umbraco's contract ({unexpected.Count}):\n  " + string.Join("\n  ", unexpected) + "\n" : "")
            + (stale.Count > 0 ? $"Allow-listed differences that no longer occur ({stale.Count}):\n  " + string.Join("\n  ", stale) : ""));
    }

    [Fact]
    public async Task Every_documented_path_is_routed()
    {
        using var uSync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(uSyncFolder: uSync.Folder);
        var client = await app.StartAsync();
        var document = JsonNode.Parse(await client.GetStringAsync(DocumentRoutes[1]))!.AsObject();
        var paths = document["paths"]!.AsObject();
        Assert.Equal(LoadReference()["paths"]!.AsObject().Count, paths.Count);

        foreach (var (template, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.Equal("get", method);
                var url = Fill(template, operation!["parameters"]!.AsArray());
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();

                // Every delivery handler sets Vary before anything else, so it tells a routed request from an unrouted one
                // (both may carry a ProblemDetails "Not Found" body, which UseStatusCodePages writes for unrouted paths).
                Assert.True(response.Headers.Vary.Count > 0, $"{url} (documented as {template}) did not reach a delivery endpoint: {(int)response.StatusCode} {body}");
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    Assert.Equal("Not Found", JsonNode.Parse(body)?["title"]?.GetValue<string>());
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} (documented as {template}) answered {(int)response.StatusCode} {body}");
                }
            }
        }

        var content = await client.GetAsync("/umbraco/delivery/api/v2/content");
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);

        var missingItem = await client.GetAsync($"/umbraco/delivery/api/v2/content/item/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missingItem.StatusCode);
        Assert.Equal("application/problem+json", missingItem.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Not Found", JsonNode.Parse(await missingItem.Content.ReadAsStringAsync())?["title"]?.GetValue<string>());

        var unrouted = await client.GetAsync("/umbraco/delivery/api/v2/nothing");
        Assert.Equal(HttpStatusCode.NotFound, unrouted.StatusCode);
        Assert.Empty(unrouted.Headers.Vary);
    }

    [Fact]
    public async Task Documents_the_configured_take_cap_and_the_filter_extensions()
    {
        using var uSync = TestUSync.SchemaOnly();
        using var app = new CmsApplication(uSyncFolder: uSync.Folder, settings: new Dictionary<string, string?> { ["NmZaMe:DeliveryApi:MaxTake"] = "25" });
        var client = await app.StartAsync();
        var paths = JsonNode.Parse(await client.GetStringAsync(DocumentRoutes[0]))!["paths"]!;

        foreach (var query in new[] { "/umbraco/delivery/api/v2/content", "/umbraco/delivery/api/v2/media" })
        {
            var take = Parameters(paths, query)[IndexOf(Parameters(paths, query), "take")]!;
            Assert.Equal(25, take["schema"]!["maximum"]!.GetValue<int>());
            Assert.Contains("MaxTake", take["x-nmzame-deviation"]!.GetValue<string>());
        }

        var filter = Parameters(paths, "/umbraco/delivery/api/v2/content")[IndexOf(Parameters(paths, "/umbraco/delivery/api/v2/content"), "filter")]!;
        var extensions = filter["x-nmzame-extensions"]!.AsArray().Select(e => e!["syntax"]!.GetValue<string>()).ToList();
        Assert.Equal(["lifeChallenge:{id|urlSegment}", "targetGroup:{value}", "municipality:{value}", "cost:{value}", "text:{query}"], extensions);
        foreach (var option in new[] { "lifeChallenge:", "targetGroup:", "municipality:", "cost:", "text:" })
        {
            Assert.Contains(option, filter["description"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Comparer_finds_no_difference_between_the_reference_and_itself()
    {
        var reference = LoadReference();

        Assert.Empty(OpenApiComparer.Compare(reference, reference.DeepClone().AsObject()));
    }

    [Theory]
    [InlineData("remove parameter", "GET /umbraco/delivery/api/v2/content parameter query take: missing")]
    [InlineData("add parameter", "GET /umbraco/delivery/api/v2/media parameter header accept-language: not in the reference")]
    [InlineData("change parameter type", "GET /umbraco/delivery/api/v2/content parameter query skip schema: expected {type integer, format int32, default 0}, found {type string, format int32, default 0}")]
    [InlineData("make parameter required", "GET /umbraco/delivery/api/v2/content/items parameter query id required: expected false, found true")]
    [InlineData("rename operation", "GET /umbraco/delivery/api/v2/media/items operationId: expected GetMediaItems2.0, found GetMediaItems")]
    [InlineData("remove response", "GET /umbraco/delivery/api/v2/content/item/{id} response 404: missing")]
    [InlineData("change response schema", "GET /umbraco/delivery/api/v2/media response 200 body: expected {ref PagedIApiMediaWithCropsResponseModel}, found {ref PagedIApiContentResponseModel}")]
    [InlineData("move path", "GET /umbraco/delivery/api/v2/media/item/{path}: missing")]
    [InlineData("remove schema property", "schema IApiContentRouteModel.startItem: missing")]
    [InlineData("change schema required", "schema ImageCropModel required: expected alias, coordinates, height, width, found alias, height, width")]
    [InlineData("change property format", "schema PagedIApiContentResponseModel.total: expected {type integer, format int64}, found {type integer, format int32}")]
    public void Comparer_reports_a_changed_document(string mutation, string expectedDifference)
    {
        var reference = LoadReference();
        var changed = reference.DeepClone().AsObject();
        var paths = changed["paths"]!;
        var schemas = changed["components"]!["schemas"]!;
        switch (mutation)
        {
            case "remove parameter":
                Parameters(paths, "/umbraco/delivery/api/v2/content").RemoveAt(IndexOf(Parameters(paths, "/umbraco/delivery/api/v2/content"), "take"));
                break;
            case "add parameter":
                Parameters(paths, "/umbraco/delivery/api/v2/media").Add(new JsonObject { ["name"] = "Accept-Language", ["in"] = "header", ["schema"] = new JsonObject { ["type"] = "string" } });
                break;
            case "change parameter type":
                Parameters(paths, "/umbraco/delivery/api/v2/content")[IndexOf(Parameters(paths, "/umbraco/delivery/api/v2/content"), "skip")]!["schema"]!["type"] = "string";
                break;
            case "make parameter required":
                Parameters(paths, "/umbraco/delivery/api/v2/content/items")[0]!["required"] = true;
                break;
            case "rename operation":
                paths["/umbraco/delivery/api/v2/media/items"]!["get"]!["operationId"] = "GetMediaItems";
                break;
            case "remove response":
                paths["/umbraco/delivery/api/v2/content/item/{id}"]!["get"]!["responses"]!.AsObject().Remove("404");
                break;
            case "change response schema":
                paths["/umbraco/delivery/api/v2/media"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"] = "#/components/schemas/PagedIApiContentResponseModel";
                break;
            case "move path":
                var item = paths["/umbraco/delivery/api/v2/media/item/{path}"]!;
                paths.AsObject().Remove("/umbraco/delivery/api/v2/media/item/{path}");
                paths["/umbraco/delivery/api/v2/media/item/{*path}"] = item;
                break;
            case "remove schema property":
                schemas["IApiContentRouteModel"]!["properties"]!.AsObject().Remove("startItem");
                break;
            case "change schema required":
                var required = schemas["ImageCropModel"]!["required"]!.AsArray();
                required.RemoveAt(required.Select(r => r!.GetValue<string>()).ToList().IndexOf("coordinates"));
                break;
            case "change property format":
                schemas["PagedIApiContentResponseModel"]!["properties"]!["total"]!["format"] = "int32";
                break;
        }

        var differences = OpenApiComparer.Compare(reference, changed);

        Assert.Contains(expectedDifference, differences);
    }

    /// <summary>Umbraco's contract, kept outside the repository next to the other shared reference material.</summary>
    private static JsonObject LoadReference()
    {
        var looked = new List<string>();
        for (var dir = new DirectoryInfo(CmsApplication.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", ReferenceFileName));
            looked.Add(candidate);
            if (File.Exists(candidate))
            {
                return JsonNode.Parse(File.ReadAllText(candidate))!.AsObject();
            }
        }

        Assert.Fail($"The reference contract {ReferenceFileName} was not found; the contract test cannot run without it. Looked in:\n  {string.Join("\n  ", looked)}");
        throw new UnreachableException();
    }

    /// <summary>A concrete URL for a documented path: an item that does not exist for path parameters, and a valid fetch.</summary>
    private static string Fill(string template, JsonArray parameters)
    {
        var url = template;
        foreach (var parameter in parameters.OfType<JsonObject>().Where(p => p["in"]?.GetValue<string>() == "path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = parameter["schema"]?["format"]?.GetValue<string>() == "uuid" ? Guid.NewGuid().ToString() : "no-such-item-" + Guid.NewGuid().ToString("N");
            url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        // children:/ is a valid selector for both content and media; media answers 400 without one.
        var hasFetch = parameters.OfType<JsonObject>().Any(p => p["name"]?.GetValue<string>() == "fetch");
        return hasFetch ? url + "?fetch=children:/" : url;
    }

    private static JsonArray Parameters(JsonNode paths, string path) => paths[path]!["get"]!["parameters"]!.AsArray();

    private static int IndexOf(JsonArray parameters, string name) =>
        parameters.Select(p => p!["name"]!.GetValue<string>()).ToList().IndexOf(name);
}
