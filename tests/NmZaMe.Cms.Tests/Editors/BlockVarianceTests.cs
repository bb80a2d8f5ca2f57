using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

/// <summary>Block-level variance: contactPoint, openingHours and serviceLocation hold their texts per culture.</summary>
public class BlockVarianceTests
{
    private const string ContactPoint = "dec69e45-3994-5528-ac57-af48142959c2";
    private const string OpeningHours = "feef1840-bc90-5267-b45e-1a8aab4d456c";
    private const string ServiceLocation = "af590d1b-6715-58c4-af97-f479e101d0b4";
    private static readonly BlockListEditor Editor = new();
    private static readonly Schema.DataType Contacts = TestSchema.DataType("Block list - contacts");
    private static readonly Schema.DataType Locations = TestSchema.DataType("Block list - service locations");
    private static readonly Guid Police = new("0d08eabd-2f48-5445-9f82-ed1579def4a9");
    private static readonly Guid Emergency = new("1d08eabd-2f48-5445-9f82-ed1579def4a9");
    private static readonly DateTime Now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static JsonObject Value(string alias, JsonNode? value, string? culture = null) =>
        new() { ["alias"] = alias, ["culture"] = culture, ["value"] = value };

    private static JsonObject Block(string type, Guid key, params JsonObject[] values) =>
        new() { ["contentTypeKey"] = type, ["key"] = key.ToString(), ["values"] = new JsonArray(values) };

    /// <summary>A block list value; expose entries as (key, culture), or none given at all when null.</summary>
    private static string List(JsonObject[] blocks, (Guid Key, string? Culture)[]? expose = null)
    {
        var root = new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = new JsonArray(blocks.Select(b => (JsonNode)new JsonObject { ["contentKey"] = b["key"]!.GetValue<string>() }).ToArray()) },
            ["contentData"] = new JsonArray(blocks.Select(b => (JsonNode)b.DeepClone()).ToArray()),
        };
        if (expose is not null)
        {
            root["expose"] = new JsonArray(expose.Select(e => (JsonNode)new JsonObject { ["contentKey"] = e.Key.ToString(), ["culture"] = e.Culture }).ToArray());
        }

        return root.ToJsonString();
    }

    private static string Stored(string raw, Schema.DataType? dataType = null)
    {
        var result = Editor.Normalise(raw, dataType ?? Contacts);
        Assert.True(result.IsValid, result.Error?.ToString());
        return result.Value!;
    }

    /// <summary>The police contact in both languages, exposed in both.</summary>
    private static string Bilingual() => Stored(List(
        [Block(ContactPoint, Police, Value("label", "Policija", "sl-SI"), Value("label", "Police", "en-US"), Value("phone", "113"))],
        [(Police, "sl-SI"), (Police, "en-US")]));

    private static (string? Culture, string Alias, string? Value)[] Values(string stored, int block = 0) =>
        Json.Parse(stored).GetProperty("contentData")[block].GetProperty("values").EnumerateArray()
            .Select(v => (v.GetProperty("culture").GetString(), v.GetProperty("alias").GetString()!, v.GetProperty("value").ValueKind == JsonValueKind.String ? v.GetProperty("value").GetString() : v.GetProperty("value").GetRawText()))
            .ToArray();

    private static (Guid, string?)[] Expose(string stored) =>
        Json.Parse(stored).GetProperty("expose").EnumerateArray().Select(e => (e.GetProperty("contentKey").GetGuid(), e.GetProperty("culture").GetString())).ToArray();

    [Fact]
    public void Normalise_stores_a_variant_value_per_culture_and_invariant_values_once()
    {
        var stored = Bilingual();

        Assert.Equal([("sl-SI", "label", "Policija"), ("en-US", "label", "Police"), (null, "phone", "113")], Values(stored));
        Assert.Equal([(Police, "sl-SI"), (Police, "en-US")], Expose(stored));
    }

    [Fact]
    public void Normalise_makes_a_value_without_culture_of_a_variant_property_the_default_languages_and_exposes_the_block_there()
    {
        var stored = Stored(List([Block(ContactPoint, Police, Value("label", "Policija"), Value("phone", "113"))]));

        Assert.Equal([("sl-SI", "label", "Policija"), (null, "phone", "113")], Values(stored));
        Assert.Equal([(Police, "sl-SI")], Expose(stored));
    }

    [Fact]
    public void Normalise_keeps_one_invariant_value_of_an_invariant_property_given_per_culture()
    {
        var stored = Stored(List([Block(ContactPoint, Police, Value("phone", "112", "en-US"), Value("phone", "113", "sl-SI"))]));

        Assert.Equal([(null, "phone", "113")], Values(stored));
    }

    [Fact]
    public void Normalise_rejects_a_value_in_a_culture_that_is_not_configured() =>
        Editor.Normalise(List([Block(ContactPoint, Police, Value("label", "Polizei", "de-DE"))]), Contacts).AssertError("editor.blockUnknownCulture(1, ");

    [Fact]
    public void Normalise_aligns_invariant_expose_entries_of_a_variant_element_to_the_cultures_it_has_values_in()
    {
        var stored = Stored(List([Block(ContactPoint, Police, Value("label", "Police", "en-US"), Value("label", "Policija", "sl-SI"))], [(Police, null)]));

        Assert.Equal([(Police, "sl-SI"), (Police, "en-US")], Expose(stored));
    }

    [Fact]
    public void Normalise_checks_the_format_of_every_cultures_value_on_save()
    {
        var tooLong = new string('a', 2000);

        Editor.Normalise(List([Block(ServiceLocation, Police, Value("name", "Center", "sl-SI"), Value("name", tooLong, "en-US"))]), Locations)
            .AssertError("editor.blockCultureValue(1, Ime lokacije, en-US, editor.textTooLong");
    }

    [Fact]
    public void A_missing_mandatory_variant_value_stops_publishing_only_the_cultures_the_block_is_exposed_in()
    {
        var raw = List([Block(ServiceLocation, Police, Value("name", "Dnevni center", "sl-SI"), Value("city", "Novo mesto"))], [(Police, "sl-SI"), (Police, "en-US")]);
        var draft = Stored(raw, Locations);

        Assert.True(Editor.Normalise(draft, Locations, PublishingContext("sl-SI")).IsValid);
        Editor.Normalise(draft, Locations, PublishingContext("en-US")).AssertError("editor.blockCultureValue(1, Ime lokacije, en-US, editor.mandatory)");

        var slovenianOnly = Stored(List([Block(ServiceLocation, Police, Value("name", "Dnevni center", "sl-SI"))], [(Police, "sl-SI")]), Locations);
        Assert.True(Editor.Normalise(slovenianOnly, Locations, PublishingContext("en-US")).IsValid);
    }

    [Fact]
    public void Normalise_checks_the_format_of_nested_blocks_values_in_every_culture()
    {
        var hours = new JsonObject
        {
            ["layout"] = new JsonObject { ["Umbraco.BlockList"] = new JsonArray(new JsonObject { ["contentKey"] = Emergency.ToString() }) },
            ["contentData"] = new JsonArray(Block(OpeningHours, Emergency, Value("kind", new JsonArray("uradne ure")), Value("note", new string('x', 5000), "en-US"))),
        };
        var raw = List([Block(ServiceLocation, Police, Value("name", "Center", "sl-SI"), Value("name", "Centre", "en-US"), Value("openingHours", hours))]);

        Editor.Normalise(raw, Locations).AssertError("editor.blockValue(1, Delovni čas, editor.blockCultureValue(1, Opomba, en-US");
    }

    [Fact]
    public void The_published_element_gives_each_culture_its_own_value_and_invariant_values_in_every_culture()
    {
        var item = Assert.Single(Assert.IsType<BlockListValue>(Editor.Intermediate(Bilingual(), Contacts)).Items);

        Assert.Equal("Policija", item.Content.Value("label", "sl-SI"));
        Assert.Equal("Police", item.Content.Value("label", "en-US"));
        Assert.Equal("113", item.Content.Value("phone", "en-US"));
        Assert.Equal("113", item.Content.Value("phone", string.Empty));
        Assert.True(item.IsExposedIn("en-US"));
    }

    [Fact]
    public void A_value_stored_before_the_element_varied_counts_as_the_default_languages()
    {
        var legacy = List([Block(ContactPoint, Police, Value("label", "Policija"), Value("phone", "113"))], [(Police, null)]);

        var item = Assert.Single(Assert.IsType<BlockListValue>(Editor.ToIntermediate(legacy, Contacts, TestSchema.Context)).Items);

        Assert.Equal("Policija", item.Content.Value("label", "sl-SI"));
        Assert.Null(item.Content.Value("label", "en-US"));
        Assert.Equal(["sl-SI"], item.ExposedIn);
    }

    [Fact]
    public void In_an_invariant_owner_a_variant_element_shows_its_default_language_values()
    {
        var invariantOwner = TestSchema.Context with { OwnerVariesByCulture = false };

        var item = Assert.Single(Assert.IsType<BlockListValue>(Editor.ToIntermediate(Bilingual(), Contacts, invariantOwner)).Items);

        Assert.Equal("Policija", item.Content.Value("label", string.Empty));
        Assert.Equal([string.Empty], item.ExposedIn);
    }

    [Fact]
    public void Delivery_writes_the_requested_cultures_value_and_null_where_it_has_none()
    {
        var stored = Stored(List(
            [Block(ContactPoint, Police, Value("label", "Policija", "sl-SI"), Value("note", "Nujni primeri", "sl-SI"), Value("label", "Police", "en-US"), Value("phone", "113"))],
            [(Police, "sl-SI"), (Police, "en-US")]));

        var english = Editor.Deliver(stored, Contacts, culture: "en-US").GetProperty("items")[0].GetProperty("content").GetProperty("properties");
        var slovenian = Editor.Deliver(stored, Contacts, culture: "sl-SI").GetProperty("items")[0].GetProperty("content").GetProperty("properties");

        Assert.Equal("Police", english.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, english.GetProperty("note").ValueKind);
        Assert.Equal("113", english.GetProperty("phone").GetString());
        Assert.Equal("Policija", slovenian.GetProperty("label").GetString());
        Assert.Equal("Nujni primeri", slovenian.GetProperty("note").GetString());
    }

    [Fact]
    public void Delivery_leaves_out_blocks_not_exposed_in_the_requested_culture()
    {
        var stored = Stored(List(
            [Block(ContactPoint, Police, Value("label", "Policija", "sl-SI"), Value("phone", "113")), Block(ContactPoint, Emergency, Value("label", "Klic v sili", "sl-SI"), Value("phone", "112"))],
            [(Police, "sl-SI"), (Police, "en-US"), (Emergency, "sl-SI")]));

        var english = Editor.Deliver(stored, Contacts, culture: "en-US").GetProperty("items");
        var slovenian = Editor.Deliver(stored, Contacts, culture: "sl-SI").GetProperty("items");

        Assert.Equal(Police, Assert.Single(english.EnumerateArray()).GetProperty("content").GetProperty("id").GetGuid());
        Assert.Equal(2, slovenian.GetArrayLength());
    }

    [Fact]
    public void Publishing_one_culture_takes_its_block_values_from_the_draft_and_keeps_the_other_cultures_published_values()
    {
        var published = Bilingual();
        var draft = Stored(List(
            [Block(ContactPoint, Police, Value("label", "Policijska postaja", "sl-SI"), Value("label", "Police station (draft)", "en-US"), Value("phone", "113"))],
            [(Police, "sl-SI"), (Police, "en-US")]));

        var merged = PublishService(draft, published, ["sl-SI"]);

        Assert.Equal([("sl-SI", "label", "Policijska postaja"), ("en-US", "label", "Police"), (null, "phone", "113")], Values(merged));
    }

    [Fact]
    public void Publishing_one_culture_does_not_publish_another_cultures_draft_values()
    {
        var draft = Bilingual();

        var merged = PublishService(draft, null, ["sl-SI"]);

        Assert.Equal([("sl-SI", "label", "Policija"), (null, "phone", "113")], Values(merged));
    }

    [Fact]
    public void Publishing_takes_the_structure_and_invariant_values_from_the_draft_and_removes_a_cleared_value()
    {
        var published = Bilingual();
        var draft = Stored(List(
            [Block(ContactPoint, Emergency, Value("label", "Klic v sili", "sl-SI"), Value("phone", "112")), Block(ContactPoint, Police, Value("label", "Police", "en-US"), Value("phone", "07 39 39 233"))],
            [(Emergency, "sl-SI"), (Police, "sl-SI"), (Police, "en-US")]));

        var merged = PublishService(draft, published, ["sl-SI"]);

        Assert.Equal([Emergency, Police], Json.Parse(merged).GetProperty("layout").GetProperty("Umbraco.BlockList").EnumerateArray().Select(l => l.GetProperty("contentKey").GetGuid()));
        Assert.Equal([(null, "phone", "07 39 39 233")], Values(merged, 1).Where(v => v.Culture != "en-US"));
        Assert.Equal([("en-US", "label", "Police")], Values(merged, 1).Where(v => v.Culture == "en-US"));
    }

    [Fact]
    public void Saving_one_culture_keeps_the_other_cultures_block_values()
    {
        var current = Bilingual();
        // What the back office sends from the sl-SI form: sl-SI texts, shared values, sl-SI expose entries.
        var slovenianForm = List(
            [Block(ContactPoint, Police, Value("label", "Policijska postaja", "sl-SI"), Value("phone", "113")), Block(ContactPoint, Emergency, Value("label", "Klic v sili", "sl-SI"), Value("phone", "112"))],
            [(Police, "sl-SI"), (Emergency, "sl-SI")]);

        var saved = Editor.MergeEditedValue(Stored(slovenianForm), current, TestSchema.Context)!;

        Assert.Equal([("sl-SI", "label", "Policijska postaja"), ("en-US", "label", "Police"), (null, "phone", "113")], Values(saved));
        Assert.Equal([(Police, "sl-SI"), (Police, "en-US"), (Emergency, "sl-SI")], Expose(saved));

        var englishForm = List([Block(ContactPoint, Police, Value("phone", "113"))], [(Police, "en-US")]);
        var cleared = Editor.MergeEditedValue(Stored(englishForm), saved, TestSchema.Context)!;
        Assert.Equal([("sl-SI", "label", "Policijska postaja"), (null, "phone", "113")], Values(cleared));
        Assert.Equal([(Police, "sl-SI"), (Police, "en-US")], Expose(cleared));
    }

    [Fact]
    public void Saving_one_culture_keeps_the_other_cultures_values_in_nested_blocks()
    {
        string Location(JsonObject[] notes, params (Guid, string?)[] expose) => List(
            [Block(ServiceLocation, Police, Value("name", "Center", "sl-SI"), Value("openingHours", new JsonObject
            {
                ["layout"] = new JsonObject { ["Umbraco.BlockList"] = new JsonArray(new JsonObject { ["contentKey"] = Emergency.ToString() }) },
                ["contentData"] = new JsonArray(Block(OpeningHours, Emergency, [Value("kind", new JsonArray("uradne ure")), .. notes])),
                ["expose"] = new JsonArray(expose.Select(e => (JsonNode)new JsonObject { ["contentKey"] = e.Item1.ToString(), ["culture"] = e.Item2 }).ToArray()),
            }))],
            [(Police, "sl-SI"), (Police, "en-US")]);
        var current = Stored(Location([Value("note", "Ob sredah do 17. ure.", "sl-SI"), Value("note", "Wednesdays until 5 pm.", "en-US")], (Emergency, "sl-SI"), (Emergency, "en-US")), Locations);
        var saved = Editor.MergeEditedValue(Stored(Location([Value("note", "Ob sredah do 18. ure.", "sl-SI")], (Emergency, "sl-SI")), Locations), current, TestSchema.Context)!;
        var item = Assert.Single(Assert.IsType<BlockListValue>(Editor.Intermediate(saved, Locations)).Items);
        var hours = Assert.Single(Assert.IsType<BlockListValue>(item.Content.Value("openingHours", string.Empty)).Items);

        Assert.Equal("Ob sredah do 18. ure.", hours.Content.Value("note", "sl-SI"));
        Assert.Equal("Wednesdays until 5 pm.", hours.Content.Value("note", "en-US"));
        Assert.True(hours.IsExposedIn("en-US"));
    }

    // The repository's schema with the location's name mandatory, as an editor could configure it.
    private static readonly EditorContext NameMandatory =
        new(TestSchema.Load((t, p) => t.Alias == "serviceLocation" && p.Alias == "name" ? p with { Mandatory = true } : p));

    private static EditorContext PublishingContext(string culture) => NameMandatory with { PublishingCultures = [culture] };

    private static string PublishService(string draftContacts, string? publishedContacts, string[] cultures)
    {
        var schema = TestSchema.Default;
        var draft = new ContentData();
        draft.Names["sl-SI"] = "Policija";
        draft.Names["en-US"] = "Police";
        draft.SetValue("contacts", string.Empty, draftContacts);
        ContentData? published = null;
        if (publishedContacts is not null)
        {
            published = new ContentData();
            published.Names["sl-SI"] = "Policija";
            published.Names["en-US"] = "Police";
            published.SetValue("contacts", string.Empty, publishedContacts);
        }

        var result = NmZaMe.Cms.Content.Publishing.Publish(schema, schema.GetContentType("service")!, draft, published, cultures, _ => new HashSet<string>(), Now);
        return result.Value("contacts", string.Empty)!;
    }
}
