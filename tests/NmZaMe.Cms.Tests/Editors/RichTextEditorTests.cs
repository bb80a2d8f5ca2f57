using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class RichTextEditorTests
{
    private static readonly RichTextEditor Editor = new();
    private static readonly Schema.DataType RichText = TestSchema.DataType("Richtext editor");
    private readonly PickerCatalogue _catalogue = new();

    private static string Markup(string stored) => Json.Parse(stored).GetProperty("markup").GetString()!;

    [Fact]
    public void Normalise_stores_markup_with_an_empty_blocks_value()
    {
        var result = Editor.Normalise("<p>Pomoč na domu.</p>", RichText);

        Assert.True(result.IsValid, result.Error?.ToString());
        var stored = Json.Parse(result.Value!);
        Assert.Equal("<p>Pomoč na domu.</p>", stored.GetProperty("markup").GetString());
        Assert.Equal(0, stored.GetProperty("blocks").GetProperty("contentData").GetArrayLength());
    }

    [Fact]
    public void Normalise_sanitises_the_markup()
    {
        var result = Editor.Normalise("<p onclick=\"x\">Varno<script>alert(1)</script></p><a href=\"javascript:alert(1)\">klik</a>", RichText);

        Assert.Equal("<p>Varno</p><a>klik</a>", Markup(result.Value!));
    }

    [Fact]
    public void Normalise_sanitises_the_markup_of_the_stored_json_form_and_keeps_its_blocks()
    {
        var raw = "{\"blocks\":{\"contentData\":[],\"settingsData\":[],\"expose\":[],\"Layout\":{\"x\":1}},\"markup\":\"<p>a</p><iframe src=\\\"https://evil\\\"></iframe>\"}";

        var stored = Json.Parse(Editor.Normalise(raw, RichText).Value!);

        Assert.Equal("<p>a</p>", stored.GetProperty("markup").GetString());
        Assert.Equal(1, stored.GetProperty("blocks").GetProperty("Layout").GetProperty("x").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<!-- samo komentar -->")]
    [InlineData("{\"markup\":\"\"}")]
    public void Normalise_stores_nothing_when_no_markup_survives(string raw) =>
        Editor.Normalise(raw, RichText).AssertValue(null);

    [Theory]
    [InlineData("{\"markup\":42}")]
    [InlineData("{\"markup\":[\"<p>a</p>\"]}")]
    public void Normalise_rejects_the_stored_shape_with_a_markup_that_is_not_text(string raw) =>
        Editor.Normalise(raw, RichText).AssertError("editor.richTextMalformed");

    [Theory]
    [InlineData("{{ime}} in {{priimek}}", "{{ime}} in {{priimek}}")]
    [InlineData("{\"markup\":", "{\"markup\":")]
    [InlineData("{ Pomoč } na domu", "{ Pomoč } na domu")]
    public void Normalise_accepts_text_that_merely_starts_with_a_brace(string raw, string markup) =>
        Assert.Equal(markup, Markup(Editor.Normalise(raw, RichText).Value!));

    [Fact]
    public void Normalise_rejects_markup_longer_than_200000_characters() =>
        Editor.Normalise("<p>" + new string('a', 200_000) + "</p>", RichText).AssertError("editor.richTextTooLong");

    [Fact]
    public void ToIntermediate_keeps_the_markup_and_its_plain_text()
    {
        var value = Assert.IsType<RichTextValue>(Editor.Intermediate("{\"markup\":\"<h2>Kontakt</h2><p>Pokličite <strong>112</strong>.</p>\"}", RichText));

        Assert.Equal("<h2>Kontakt</h2><p>Pokličite <strong>112</strong>.</p>", value.Markup);
        Assert.Equal("Kontakt Pokličite 112.", value.PlainText);
        Assert.Equal(["Kontakt Pokličite 112."], Editor.Text(value));
    }

    [Fact]
    public void ToIntermediate_accepts_legacy_plain_markup() =>
        Assert.Equal("<p>a</p>", Assert.IsType<RichTextValue>(Editor.Intermediate("<p>a</p>", RichText)).Markup);

    [Fact]
    public void Delivery_writes_markup_and_blocks()
    {
        var json = Editor.Deliver(Editor.Normalise("<p>Pomoč na domu.</p>", RichText).Value, RichText);

        Assert.Equal(["markup", "blocks"], json.PropertyNames());
        Assert.Equal("<p>Pomoč na domu.</p>", json.GetProperty("markup").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("blocks").ValueKind);
    }

    [Fact]
    public void Delivery_resolves_local_links_to_the_route_in_the_culture()
    {
        var stored = Editor.Normalise($"<p><a href=\"{{localLink:{_catalogue.Violence}}}\" type=\"document\">Nasilje</a></p>", RichText).Value;

        var sl = Editor.Deliver(stored, RichText, _catalogue.Snapshot).GetProperty("markup").GetString();
        var en = Editor.Deliver(stored, RichText, _catalogue.Snapshot, culture: "en-US").GetProperty("markup").GetString();

        // Umbraco 17: href in place, type dropped, destination, start item and link type after the other attributes.
        Assert.Matches($"^<p><a href=\"/zivljenjske-situacije/nasilje/\" data-destination-id=\"{_catalogue.Violence}\" data-destination-type=\"lifeChallenge\" " +
            "data-start-item-path=\"[a-z0-9-]+\" data-start-item-id=\"[0-9a-f-]{36}\" data-link-type=\"Content\">Nasilje</a></p>$", sl);
        Assert.Contains("href=\"/life-challenges/violence/\"", en);
    }

    [Fact]
    public void Delivery_removes_the_href_of_a_local_link_whose_target_is_not_published()
    {
        var stored = Editor.Normalise($"<p><a href=\"{{localLink:{_catalogue.OldAge}}}\" type=\"document\">Starost</a></p>", RichText).Value;

        var markup = Editor.Deliver(stored, RichText, _catalogue.Snapshot, culture: "en-US").GetProperty("markup").GetString()!;

        Assert.DoesNotContain("href", markup);
        Assert.DoesNotContain("localLink", markup);
        Assert.Contains("Starost</a>", markup);
    }

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, RichText).ValueKind);
}
