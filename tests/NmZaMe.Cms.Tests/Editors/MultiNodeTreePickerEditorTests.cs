using System.Text.Json;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class MultiNodeTreePickerEditorTests
{
    private static readonly MultiNodeTreePickerEditor Editor = new();
    private static readonly Schema.DataType Picker = TestSchema.DataType("Life challenge picker");
    private static readonly Guid A = new("7d59659f-2df9-5d82-a12e-31e3dced8a18");
    private static readonly Guid B = new("cd6438cb-a658-51b4-a785-16f58d1dc856");
    private readonly PickerCatalogue _catalogue = new();

    [Fact]
    public void Normalise_stores_comma_separated_document_udis() =>
        Editor.Normalise($"{Udi.Document(A)},{Udi.Document(B)}", Picker).AssertValue($"{Udi.Document(A)},{Udi.Document(B)}");

    [Fact]
    public void Normalise_accepts_a_json_array_of_udis() =>
        Editor.Normalise($"[\"{Udi.Document(A)}\", \"{Udi.Document(B)}\"]", Picker).AssertValue($"{Udi.Document(A)},{Udi.Document(B)}");

    [Fact]
    public void Normalise_turns_bare_keys_into_udis_and_drops_duplicates() =>
        Editor.Normalise($"{A},{Udi.Document(A)},{B}", Picker).AssertValue($"{Udi.Document(A)},{Udi.Document(B)}");

    [Fact]
    public void Normalise_rejects_an_item_that_is_not_a_udi() =>
        Editor.Normalise($"{Udi.Document(A)},nasilje", Picker).AssertError("editor.notPickable(nasilje)");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise("", Picker).AssertValue(null);

    [Fact]
    public void Normalise_rejects_fewer_than_min_number()
    {
        var atLeastOne = Picker.WithConfig("minNumber", 1);

        Editor.Normalise("", atLeastOne).AssertError("editor.pickAtLeast(1)");
    }

    [Fact]
    public void Normalise_rejects_more_than_max_number()
    {
        var atMostOne = Picker.WithConfig("maxNumber", 1);

        Editor.Normalise($"{Udi.Document(A)},{Udi.Document(B)}", atMostOne).AssertError("editor.pickAtMost(1)");
    }

    [Fact]
    public void ToIntermediate_gives_the_keys_in_stored_order()
    {
        var picked = Assert.IsType<PickedItems>(Editor.Intermediate($"{Udi.Document(B)},{Udi.Document(A)}", Picker));

        Assert.Equal([B, A], picked.Keys);
    }

    [Fact]
    public void Delivery_writes_an_array_of_shallow_content_in_picked_order()
    {
        var stored = $"{Udi.Document(_catalogue.OldAge)},{Udi.Document(_catalogue.Violence)}";

        var json = Editor.Deliver(stored, Picker, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(["Starost", "Nasilje"], json.EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray());
        Assert.All(json.EnumerateArray(), i => Assert.Empty(i.GetProperty("properties").EnumerateObject()));
        Assert.All(json.EnumerateArray(), i => Assert.False(i.TryGetProperty("cultures", out _)));
    }

    [Fact]
    public void Delivery_writes_an_array_even_for_a_single_item()
    {
        var single = Picker.WithConfig("maxNumber", 1);

        var json = Editor.Deliver(Udi.Document(_catalogue.Violence), single, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(_catalogue.Violence, json[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public void Delivery_leaves_out_items_not_published_in_the_culture_or_missing()
    {
        var stored = $"{Udi.Document(_catalogue.OldAge)},{Udi.Document(Guid.NewGuid())},{Udi.Document(_catalogue.Violence)}";

        var json = Editor.Deliver(stored, Picker, _catalogue.Snapshot, culture: "en-US");

        Assert.Equal(["Violence"], json.EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray());
    }

    [Fact]
    public void Delivery_writes_an_empty_array_for_no_value()
    {
        var json = Editor.Deliver(null, Picker, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(0, json.GetArrayLength());
    }

    [Fact]
    public void Delivery_writes_picked_media_as_media_objects()
    {
        var json = Editor.Deliver(Udi.Media(_catalogue.Image), Picker, _catalogue.Snapshot);

        Assert.Equal("/media/lyulnwzr/logo.png", json[0].GetProperty("url").GetString());
        Assert.Equal("Image", json[0].GetProperty("mediaType").GetString());
    }
}
