using System.Text.Json;
using System.Text.RegularExpressions;

namespace NmZaMe.Web.Tests.Hsds;

/// <summary>The rules every HSDS answer keeps beyond its schema: no null, no empty value, ids as UUIDs, absolute URLs, RFC 3339 dates.</summary>
public static partial class HsdsChecks
{
    private static readonly HashSet<string> UrlFields = ["url", "uri", "website", "logo", "term_uri", "profile", "openapi_url"];

    public static void Valid(string schema, JsonElement instance, string url)
    {
        var errors = HsdsSchemas.Errors(schema, instance);
        Assert.True(errors.Count == 0, $"{url} does not validate against {schema}:\n{string.Join('\n', errors.Take(20))}\n{instance.GetRawText()[..Math.Min(2000, instance.GetRawText().Length)]}");
        Clean(instance, url, "$");
    }

    /// <summary>The envelope's arithmetic (NOTES §3): size is the count, flags agree with the numbers, pages of per_page.</summary>
    public static void Page(JsonElement page, int perPage, string url)
    {
        var total = page.GetProperty("total_items").GetInt32();
        var pages = page.GetProperty("total_pages").GetInt32();
        var number = page.GetProperty("page_number").GetInt32();
        var size = page.GetProperty("size").GetInt32();
        var contents = page.GetProperty("contents");
        Assert.Equal(JsonValueKind.Array, contents.ValueKind);
        Assert.Equal(contents.GetArrayLength(), size);
        Assert.Equal((total + perPage - 1) / perPage, pages);
        Assert.Equal(size == 0, page.GetProperty("empty").GetBoolean());
        Assert.Equal(number == 1, page.GetProperty("first_page").GetBoolean());
        Assert.Equal(number >= pages, page.GetProperty("last_page").GetBoolean());
        var expected = number < pages ? perPage : number == pages ? total - ((pages - 1) * perPage) : 0;
        Assert.True(size == expected, $"{url}: page {number} of {pages} holds {size}, not {expected}");
        Clean(page, url, "$");
    }

    private static void Clean(JsonElement element, string url, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail($"{url}: null at {path}");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var at = path + "." + property.Name;
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        var text = property.Value.GetString()!;
                        Assert.False(string.IsNullOrWhiteSpace(text), $"{url}: empty string at {at}");
                        if (property.Name == "id" || property.Name.EndsWith("_id", StringComparison.Ordinal))
                        {
                            Assert.Matches(Uuid(), text);
                        }

                        if (UrlFields.Contains(property.Name))
                        {
                            Assert.True(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"{url}: {at} is not an absolute URL: {text}");
                        }

                        if (property.Name is "last_modified")
                        {
                            Assert.Matches(Rfc3339(), text);
                        }
                    }

                    if (property.Value.ValueKind == JsonValueKind.Array && property.Name != "contents")
                    {
                        Assert.True(property.Value.GetArrayLength() > 0, $"{url}: empty array at {at}");
                    }

                    Clean(property.Value, url, at);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Clean(item, url, $"{path}[{i++}]");
                }

                break;
        }
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
