using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class MultiUrlPickerEditorTests
{
    private static readonly MultiUrlPickerEditor Editor = new();
    private static readonly Schema.DataType Picker = TestSchema.DataType("Multi URL Picker");
    private readonly PickerCatalogue _catalogue = new();

    [Fact]
    public void Normalise_stores_an_external_link_in_umbracos_shape()
    {
        var result = Editor.Normalise("[{\"name\":\"Spletna stran\",\"url\":\"https://www.dso-nm.si\",\"target\":\"_blank\"}]", Picker);

        Assert.True(result.IsValid, result.Error?.ToString());
        var link = Json.Parse(result.Value!)[0];
        Assert.Equal("external", link.GetProperty("type").GetString());
        Assert.Equal("https://www.dso-nm.si", link.GetProperty("url").GetString());
        Assert.Equal("Spletna stran", link.GetProperty("name").GetString());
        Assert.Equal("_blank", link.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, link.GetProperty("unique").ValueKind);
    }

    [Fact]
    public void Normalise_stores_a_document_link_by_key_without_url()
    {
        var key = Guid.NewGuid();

        var result = Editor.Normalise($"[{{\"type\":\"document\",\"unique\":\"{key}\",\"url\":\"/ignored/\"}}]", Picker);

        var link = Json.Parse(result.Value!)[0];
        Assert.Equal("document", link.GetProperty("type").GetString());
        Assert.Equal(key, link.GetProperty("unique").GetGuid());
        Assert.Equal(JsonValueKind.Null, link.GetProperty("url").ValueKind);
    }

    [Fact]
    public void Normalise_reads_a_legacy_udi_link()
    {
        var key = Guid.NewGuid();

        var result = Editor.Normalise($"[{{\"udi\":\"umb://media/{key:N}\"}}]", Picker);

        var link = Json.Parse(result.Value!)[0];
        Assert.Equal("media", link.GetProperty("type").GetString());
        Assert.Equal(key, link.GetProperty("unique").GetGuid());
    }

    [Fact]
    public void Normalise_drops_targets_other_than_blank()
    {
        var result = Editor.Normalise("[{\"url\":\"https://www.gov.si\",\"target\":\"_parent\"}]", Picker);

        Assert.Equal(JsonValueKind.Null, Json.Parse(result.Value!)[0].GetProperty("target").ValueKind);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("java\\tscript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("vbscript:x")]
    [InlineData("//evil.example")]
    public void Normalise_rejects_unsafe_external_urls(string url) =>
        Editor.Normalise($"[{{\"url\":\"{url}\"}}]", Picker).AssertError("editor.linkNotAllowed");

    [Fact]
    public void Normalise_rejects_a_content_link_without_a_target() =>
        Editor.Normalise("[{\"type\":\"document\",\"name\":\"x\"}]", Picker).AssertError("editor.linkWithoutDocument");

    [Fact]
    public void Normalise_rejects_an_unknown_link_type() =>
        Editor.Normalise("[{\"type\":\"ftp\",\"url\":\"ftp://x\"}]", Picker).AssertError("editor.unknownLinkType(ftp)");

    [Fact]
    public void Normalise_rejects_more_links_than_max_number()
    {
        var six = "[" + string.Join(',', Enumerable.Range(1, 6).Select(i => $"{{\"url\":\"https://example.com/{i}\"}}")) + "]";

        Editor.Normalise(six, Picker).AssertError("editor.tooManyLinks(5)");
    }

    [Theory]
    [InlineData("{\"url\":\"https://www.gov.si\"}")]
    [InlineData("[\"https://www.gov.si\"]")]
    [InlineData("[{")]
    public void Normalise_rejects_what_is_not_a_list_of_link_objects(string raw) =>
        Editor.Normalise(raw, Picker).AssertError("editor.linksMalformed");

    [Fact]
    public void Normalise_stores_nothing_for_an_empty_list() =>
        Editor.Normalise("[]", Picker).AssertValue(null);

    [Fact]
    public void Delivery_writes_an_external_link_object()
    {
        var stored = Editor.Normalise("[{\"name\":\"DSO\",\"url\":\"https://www.dso-nm.si\",\"queryString\":\"?lang=sl\",\"target\":\"_blank\"}]", Picker).Value;

        var json = Editor.Deliver(stored, Picker, _catalogue.Snapshot);

        var link = Assert.Single(json.EnumerateArray());
        Assert.Equal(["url", "queryString", "title", "target", "destinationId", "destinationType", "route", "linkType"], link.PropertyNames());
        Assert.Equal("https://www.dso-nm.si?lang=sl", link.GetProperty("url").GetString());
        Assert.Equal("?lang=sl", link.GetProperty("queryString").GetString());
        Assert.Equal("DSO", link.GetProperty("title").GetString());
        Assert.Equal("_blank", link.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, link.GetProperty("destinationId").ValueKind);
        Assert.Equal(JsonValueKind.Null, link.GetProperty("destinationType").ValueKind);
        Assert.Equal(JsonValueKind.Null, link.GetProperty("route").ValueKind);
        Assert.Equal("External", link.GetProperty("linkType").GetString());
    }

    [Fact]
    public void Delivery_writes_a_content_link_with_its_route_and_no_url()
    {
        var stored = Editor.Normalise($"[{{\"type\":\"document\",\"unique\":\"{_catalogue.Violence}\",\"name\":\"Nasilje\"}}]", Picker).Value;

        var link = Editor.Deliver(stored, Picker, _catalogue.Snapshot)[0];

        Assert.Equal(JsonValueKind.Null, link.GetProperty("url").ValueKind);
        Assert.Equal(_catalogue.Violence, link.GetProperty("destinationId").GetGuid());
        Assert.Equal("lifeChallenge", link.GetProperty("destinationType").GetString());
        Assert.Equal("/zivljenjske-situacije/nasilje/", link.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(_catalogue.Root, link.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("Content", link.GetProperty("linkType").GetString());
    }

    [Fact]
    public void Delivery_writes_a_media_link_with_the_media_url()
    {
        var stored = Editor.Normalise($"[{{\"type\":\"media\",\"unique\":\"{_catalogue.Image}\"}}]", Picker).Value;

        var link = Editor.Deliver(stored, Picker, _catalogue.Snapshot)[0];

        Assert.Equal("/media/lyulnwzr/logo.png", link.GetProperty("url").GetString());
        Assert.Equal("Image", link.GetProperty("destinationType").GetString());
        Assert.Equal(JsonValueKind.Null, link.GetProperty("route").ValueKind);
        Assert.Equal("Media", link.GetProperty("linkType").GetString());
    }

    [Fact]
    public void Delivery_leaves_out_links_to_content_not_published_in_the_culture()
    {
        var stored = Editor.Normalise(
            $"[{{\"type\":\"document\",\"unique\":\"{_catalogue.OldAge}\"}},{{\"url\":\"https://www.gov.si\"}}]", Picker).Value;

        var json = Editor.Deliver(stored, Picker, _catalogue.Snapshot, culture: "en-US");

        Assert.Equal(["External"], json.EnumerateArray().Select(l => l.GetProperty("linkType").GetString()!).ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("{\"url\":1}")]
    public void Delivery_writes_null_for_no_or_invalid_value_as_umbracos_property_renderer(string? stored)
    {
        var json = Editor.Deliver(stored, Picker, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Null, json.ValueKind);
    }
}
