using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class BlockListEditorTests
{
    private const string ContactPoint = "dec69e45-3994-5528-ac57-af48142959c2";
    private const string OpeningHours = "feef1840-bc90-5267-b45e-1a8aab4d456c";
    private const string ServiceLocation = "af590d1b-6715-58c4-af97-f479e101d0b4";
    private static readonly BlockListEditor Editor = new();
    private static readonly Schema.DataType Contacts = TestSchema.DataType("Block list - contacts");
    private static readonly Schema.DataType Locations = TestSchema.DataType("Block list - service locations");
    private static readonly Guid BlockKey = new("0d08eabd-2f48-5445-9f82-ed1579def4a9");

    private static string Block(string typeKey, Guid key, params (string Alias, JsonNode? Value)[] values) => new JsonObject
    {
        ["contentTypeKey"] = typeKey,
        ["key"] = key.ToString(),
        ["values"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["alias"] = v.Alias, ["value"] = v.Value }).ToArray()),
    }.ToJsonString();

    private static string List(params string[] blocks)
    {
        var content = blocks.Select(b => JsonNode.Parse(b)!).ToArray();
        return new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = new JsonArray(content.Select(c => (JsonNode)new JsonObject { ["contentKey"] = c["key"]!.GetValue<string>() }).ToArray()) },
            ["contentData"] = new JsonArray(content),
            ["settingsData"] = new JsonArray(),
        }.ToJsonString();
    }

    private static string Contact(Guid key, string label, string phone) => Block(ContactPoint, key, ("label", label), ("phone", phone));

    [Fact]
    public void Normalise_stores_the_v15_block_format_with_layout_content_and_expose()
    {
        var result = Editor.Normalise(List(Contact(BlockKey, "Informacije", "07 39 39 233")), Contacts);

        Assert.True(result.IsValid, result.Error?.ToString());
        var stored = Json.Parse(result.Value!);
        Assert.Equal(BlockKey, stored.GetProperty("layout").GetProperty("Umbraco.BlockList")[0].GetProperty("contentKey").GetGuid());
        var content = stored.GetProperty("contentData")[0];
        Assert.Equal(Guid.Parse(ContactPoint), content.GetProperty("contentTypeKey").GetGuid());
        Assert.Equal(BlockKey, content.GetProperty("key").GetGuid());
        Assert.Equal(["label", "phone"], content.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("alias").GetString()!).ToArray());
        Assert.Equal("Umbraco.TextBox", content.GetProperty("values")[0].GetProperty("editorAlias").GetString());
        Assert.Equal(BlockKey, stored.GetProperty("expose")[0].GetProperty("contentKey").GetGuid());
        Assert.Equal(0, stored.GetProperty("settingsData").GetArrayLength());
    }

    [Fact]
    public void Normalise_runs_each_block_value_through_its_own_editor()
    {
        var result = Editor.Normalise(List(Block(ContactPoint, BlockKey, ("label", "  Tajništvo  "), ("email", " info@dso-nm.si "))), Contacts);

        var values = Json.Parse(result.Value!).GetProperty("contentData")[0].GetProperty("values");
        Assert.Equal("Tajništvo", values[0].GetProperty("value").GetString());
        Assert.Equal("info@dso-nm.si", values[1].GetProperty("value").GetString());
    }

    [Fact]
    public void Normalise_reports_a_block_values_regex_message_with_block_number_and_property_name()
    {
        var raw = List(Contact(Guid.NewGuid(), "Informacije", "07 39 39 233"), Contact(Guid.NewGuid(), "Dežurni", "pokličite nas"));

        Editor.Normalise(raw, Contacts).AssertError("editor.blockValue(2, Telefon, schema.message(Vnesite telefonsko številko, npr. 07 39 39 233.))");
    }

    [Fact]
    public void Normalise_reports_a_missing_mandatory_block_value_when_the_culture_is_published()
    {
        // With the location's name mandatory: it varies by culture, so a draft may lack it, publishing sl-SI may not (as in Umbraco).
        var context = new EditorContext(TestSchema.Load((t, p) => t.Alias == "serviceLocation" && p.Alias == "name" ? p with { Mandatory = true } : p));
        var raw = List(Block(ServiceLocation, BlockKey, ("city", "Novo mesto")));

        Assert.True(Editor.Normalise(raw, Locations, context).IsValid);
        Editor.Normalise(raw, Locations, context with { PublishingCultures = ["sl-SI"] }).AssertError("editor.blockCultureValue(1, Ime lokacije, sl-SI, editor.mandatory)");
    }

    [Fact]
    public void Normalise_rejects_an_element_type_the_data_type_does_not_allow() =>
        Editor.Normalise(List(Block(OpeningHours, BlockKey, ("kind", "[\"uradne ure\"]"))), Contacts).AssertError("editor.blockTypeNotAllowed(1, Delovni čas)");

    [Fact]
    public void Normalise_rejects_an_unknown_element_type() =>
        Editor.Normalise(List(Block(Guid.NewGuid().ToString(), BlockKey)), Contacts).AssertError("editor.blockUnknownType(1)");

    [Fact]
    public void Normalise_rejects_a_document_type_used_as_a_block() =>
        Editor.Normalise(List(Block("ceb5a79b-47be-5ff3-9358-50e77f4480dd", BlockKey)), Contacts).AssertError("editor.blockUnknownType");

    [Fact]
    public void Normalise_rejects_a_layout_entry_without_content()
    {
        var raw = $"{{\"layout\":{{\"Umbraco.BlockList\":[{{\"contentKey\":\"{Guid.NewGuid()}\"}}]}},\"contentData\":[]}}";

        Editor.Normalise(raw, Contacts).AssertError("editor.blockWithoutContent(1)");
    }

    [Fact]
    public void Normalise_rejects_more_blocks_than_the_validation_limit()
    {
        var raw = List(Enumerable.Range(0, 21).Select(i => Contact(Guid.NewGuid(), $"Kontakt {i}", "07 39 39 233")).ToArray());

        Editor.Normalise(raw, Contacts).AssertError("editor.tooManyBlocks(20)");
    }

    [Theory]
    [InlineData("{\"layout\":")]
    [InlineData("[1,2]")]
    [InlineData("\"besedilo\"")]
    public void Normalise_rejects_what_is_not_a_block_object(string raw) =>
        Editor.Normalise(raw, Contacts).AssertError("editor.blocksMalformed");

    [Theory]
    [InlineData("{\"layout\":{\"Umbraco.BlockList\":[{\"contentKey\":5}]},\"contentData\":[]}")]
    [InlineData("{\"layout\":[],\"contentData\":[]}")]
    [InlineData("{\"contentData\":[{\"key\":7,\"contentTypeKey\":\"dec69e45-3994-5528-ac57-af48142959c2\"}]}")]
    [InlineData("{\"contentData\":[{\"key\":\"0d08eabd-2f48-5445-9f82-ed1579def4a9\",\"contentTypeKey\":true}]}")]
    [InlineData("{\"contentData\":[{\"key\":\"0d08eabd-2f48-5445-9f82-ed1579def4a9\",\"contentTypeKey\":\"dec69e45-3994-5528-ac57-af48142959c2\",\"values\":[{\"alias\":3,\"value\":\"x\"}]}]}")]
    public void Normalise_reports_wrongly_typed_json_as_an_error_instead_of_throwing(string raw) =>
        Editor.Normalise(raw, Contacts).AssertError("editor.blocksMalformed");

    [Theory]
    [InlineData("")]
    [InlineData("{\"layout\":{\"Umbraco.BlockList\":[]},\"contentData\":[]}")]
    public void Normalise_stores_nothing_for_no_blocks(string raw) =>
        Editor.Normalise(raw, Contacts).AssertValue(null);

    [Fact]
    public void ToIntermediate_gives_published_elements_with_converted_values()
    {
        var stored = Editor.Normalise(List(Contact(BlockKey, "Informacije", "07 39 39 233")), Contacts).Value;

        var value = Assert.IsType<BlockListValue>(Editor.Intermediate(stored, Contacts));

        var item = Assert.Single(value.Items);
        Assert.Equal(BlockKey, item.Content.Key);
        Assert.Equal("contactPoint", item.Content.ContentType.Alias);
        Assert.Equal("07 39 39 233", item.Content.Value("phone", string.Empty));
        Assert.Null(item.Settings);
    }

    [Fact]
    public void Delivery_writes_items_with_content_element_and_null_settings()
    {
        var stored = Editor.Normalise(List(Contact(BlockKey, "Informacije", "07 39 39 233")), Contacts).Value;

        var json = Editor.Deliver(stored, Contacts);

        Assert.Equal(["items"], json.PropertyNames());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(["content", "settings"], item.PropertyNames());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("settings").ValueKind);
        var content = item.GetProperty("content");
        Assert.Equal(["contentType", "id", "properties"], content.PropertyNames());
        Assert.Equal("contactPoint", content.GetProperty("contentType").GetString());
        Assert.Equal(BlockKey, content.GetProperty("id").GetGuid());
        var properties = content.GetProperty("properties");
        Assert.Equal("Informacije", properties.GetProperty("label").GetString());
        Assert.Equal("07 39 39 233", properties.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("email").ValueKind);
    }

    [Fact]
    public void Delivery_writes_nested_block_lists_inside_blocks()
    {
        var hours = List(Block(OpeningHours, Guid.NewGuid(), ("kind", new JsonArray("poslovni čas")), ("opens", "07:00"), ("closes", "16:00")));
        var raw = List(Block(ServiceLocation, BlockKey, ("name", "Dnevni center Ajda"), ("latitude", "45,8033"), ("openingHours", JsonNode.Parse(hours))));
        var stored = Editor.Normalise(raw, Locations);
        Assert.True(stored.IsValid, stored.Error?.ToString());

        var location = Editor.Deliver(stored.Value, Locations).GetProperty("items")[0].GetProperty("content").GetProperty("properties");

        Assert.Equal(45.8033m, location.GetProperty("latitude").GetDecimal());
        var nested = location.GetProperty("openingHours").GetProperty("items")[0].GetProperty("content");
        Assert.Equal("openingHours", nested.GetProperty("contentType").GetString());
        Assert.Equal("poslovni čas", nested.GetProperty("properties").GetProperty("kind").GetString());
        Assert.Equal("07:00", nested.GetProperty("properties").GetProperty("opens").GetString());
    }
}
