using System.Text.Json;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class ContentPickerEditorTests
{
    private static readonly ContentPickerEditor Editor = new();
    private static readonly Schema.DataType Picker = TestSchema.DataType("Content Picker");
    private readonly PickerCatalogue _catalogue = new();

    [Fact]
    public void Normalise_stores_a_document_udi()
    {
        var key = Guid.NewGuid();

        Editor.Normalise($"umb://document/{key:N}", Picker).AssertValue(Udi.Document(key));
    }

    [Fact]
    public void Normalise_turns_a_bare_key_into_a_document_udi()
    {
        var key = Guid.NewGuid();

        Editor.Normalise(key.ToString("D"), Picker).AssertValue($"umb://document/{key:N}");
    }

    [Theory]
    [InlineData("umb://media/7d59659f2df95d82a12e31e3dced8a18")]
    [InlineData("umb://document/not-a-guid")]
    [InlineData("umb://member/7d59659f2df95d82a12e31e3dced8a18")]
    [InlineData("/organizacije/")]
    public void Normalise_rejects_anything_but_a_document(string raw) =>
        Editor.Normalise(raw, Picker).AssertError("editor.notDocument");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise(" ", Picker).AssertValue(null);

    [Fact]
    public void ToIntermediate_gives_the_key()
    {
        var key = Guid.NewGuid();

        Assert.Equal(key, Editor.Intermediate(Udi.Document(key), Picker));
    }

    [Fact]
    public void Delivery_writes_a_shallow_content_object_without_cultures()
    {
        var json = Editor.Deliver(Udi.Document(_catalogue.Violence), Picker, _catalogue.Snapshot);

        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties"], json.PropertyNames());
        Assert.Equal("lifeChallenge", json.GetProperty("contentType").GetString());
        Assert.Equal("Nasilje", json.GetProperty("name").GetString());
        Assert.Equal(_catalogue.Violence, json.GetProperty("id").GetGuid());
        Assert.Equal("/zivljenjske-situacije/nasilje/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(_catalogue.Root, json.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("lokalna-blaginja", json.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Empty(json.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public void Delivery_writes_the_item_in_the_requested_culture()
    {
        var json = Editor.Deliver(Udi.Document(_catalogue.Violence), Picker, _catalogue.Snapshot, culture: "en-US");

        Assert.Equal("Violence", json.GetProperty("name").GetString());
        Assert.Equal("/life-challenges/violence/", json.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public void Delivery_writes_the_properties_when_the_picker_is_expanded()
    {
        var json = Editor.Deliver(Udi.Document(_catalogue.Violence), Picker, _catalogue.Snapshot, expand: PropertyExpansion.AllProperties);

        var properties = json.GetProperty("properties");
        Assert.Equal("Pomoč ob nasilju.", properties.GetProperty("summary").GetString());
        Assert.Equal("shield", properties.GetProperty("icon").GetString());
    }

    [Fact]
    public void Delivery_writes_null_when_the_picked_item_is_not_published_in_the_culture() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(Udi.Document(_catalogue.OldAge), Picker, _catalogue.Snapshot, culture: "en-US").ValueKind);

    [Fact]
    public void Delivery_writes_null_when_the_picked_item_does_not_exist() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(Udi.Document(Guid.NewGuid()), Picker, _catalogue.Snapshot).ValueKind);

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Picker, _catalogue.Snapshot).ValueKind);
}
