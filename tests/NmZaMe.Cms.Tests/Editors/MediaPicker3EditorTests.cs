using System.Text.Json;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class MediaPicker3EditorTests
{
    private static readonly MediaPicker3Editor Editor = new();
    private static readonly Schema.DataType Picker = TestSchema.DataType("Image Media Picker");
    private static readonly Guid EntryKey = new("0d08eabd-2f48-5445-9f82-ed1579def4a9");
    private readonly PickerCatalogue _catalogue = new();

    [Fact]
    public void Normalise_stores_the_entry_with_its_key_and_media_key()
    {
        var media = Guid.NewGuid();

        var result = Editor.Normalise($"[{{\"key\":\"{EntryKey}\",\"mediaKey\":\"{media}\"}}]", Picker);

        Assert.True(result.IsValid, result.Error?.ToString());
        var entry = Json.Parse(result.Value!)[0];
        Assert.Equal(EntryKey, entry.GetProperty("key").GetGuid());
        Assert.Equal(media, entry.GetProperty("mediaKey").GetGuid());
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("crops").ValueKind);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("focalPoint").ValueKind);
    }

    [Fact]
    public void Normalise_keeps_a_focal_point()
    {
        var result = Editor.Normalise($"[{{\"mediaKey\":\"{Guid.NewGuid()}\",\"focalPoint\":{{\"left\":0.25,\"top\":0.75}}}}]", Picker);

        var focal = Json.Parse(result.Value!)[0].GetProperty("focalPoint");
        Assert.Equal(0.25, focal.GetProperty("left").GetDouble());
        Assert.Equal(0.75, focal.GetProperty("top").GetDouble());
    }

    [Fact]
    public void Normalise_accepts_a_media_udi()
    {
        var media = Guid.NewGuid();

        var result = Editor.Normalise($"[\"{Udi.Media(media)}\"]", Picker);

        Assert.True(result.IsValid, result.Error?.ToString());
        Assert.Equal(media, Json.Parse(result.Value!)[0].GetProperty("mediaKey").GetGuid());
    }

    [Fact]
    public void Normalise_rejects_two_images_when_multiple_is_off() =>
        Editor.Normalise($"[{{\"mediaKey\":\"{Guid.NewGuid()}\"}},{{\"mediaKey\":\"{Guid.NewGuid()}\"}}]", Picker).AssertError("editor.onlyOneMedia");

    [Theory]
    [InlineData("[{\"key\":\"0d08eabd-2f48-5445-9f82-ed1579def4a9\"}]")]
    [InlineData("[{\"mediaKey\":\"logo.png\"}]")]
    [InlineData("[{\"mediaKey\":42}]")]
    [InlineData("[42]")]
    [InlineData("/media/logo.png")]
    [InlineData("[{")]
    public void Normalise_rejects_entries_without_a_media_key(string raw) =>
        Editor.Normalise(raw, Picker).AssertError("editor.notMedia");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise("[]", Picker).AssertValue(null);

    [Fact]
    public void ToIntermediate_gives_the_entries()
    {
        var media = Guid.NewGuid();

        var entries = Assert.IsType<List<MediaPickerEntry>>(Editor.Intermediate($"[{{\"key\":\"{EntryKey}\",\"mediaKey\":\"{media}\",\"crops\":[]}}]", Picker));

        var entry = Assert.Single(entries);
        Assert.Equal(new MediaPickerEntry(EntryKey, media, null, null), entry);
    }

    [Fact]
    public void ToIntermediate_of_a_corrupt_value_gives_no_entries() =>
        Assert.Empty(Assert.IsType<List<MediaPickerEntry>>(Editor.Intermediate("{corrupt", Picker)));

    [Fact]
    public void Delivery_writes_an_array_of_media_with_crops()
    {
        var json = Editor.Deliver($"[{{\"key\":\"{EntryKey}\",\"mediaKey\":\"{_catalogue.Image}\"}}]", Picker, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var media = Assert.Single(json.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, media.GetProperty("focalPoint").ValueKind);
        Assert.Equal(0, media.GetProperty("crops").GetArrayLength());
        Assert.Equal(_catalogue.Image, media.GetProperty("id").GetGuid());
        Assert.Equal("Logo Žarek", media.GetProperty("name").GetString());
        Assert.Equal("Image", media.GetProperty("mediaType").GetString());
        Assert.Equal("/media/lyulnwzr/logo.png", media.GetProperty("url").GetString());
        Assert.Equal("png", media.GetProperty("extension").GetString());
        Assert.Equal(1080, media.GetProperty("width").GetInt32());
        Assert.Equal(530, media.GetProperty("height").GetInt32());
        Assert.Equal(24069, media.GetProperty("bytes").GetInt32());
        Assert.Equal(JsonValueKind.Object, media.GetProperty("properties").ValueKind);
        Assert.False(media.GetProperty("properties").TryGetProperty("umbracoFile", out _));
        Assert.False(media.TryGetProperty("path", out _));
    }

    [Fact]
    public void Delivery_writes_the_entrys_focal_point()
    {
        var json = Editor.Deliver($"[{{\"mediaKey\":\"{_catalogue.Image}\",\"focalPoint\":{{\"left\":0.25,\"top\":0.75}}}}]", Picker, _catalogue.Snapshot);

        Assert.Equal(0.25, json[0].GetProperty("focalPoint").GetProperty("left").GetDouble());
    }

    [Fact]
    public void Delivery_leaves_out_media_that_does_not_exist()
    {
        var json = Editor.Deliver($"[{{\"mediaKey\":\"{Guid.NewGuid()}\"}}]", Picker, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(0, json.GetArrayLength());
    }

    [Fact]
    public void Delivery_writes_null_for_no_value_as_umbracos_property_renderer()
    {
        var json = Editor.Deliver(null, Picker, _catalogue.Snapshot);

        Assert.Equal(JsonValueKind.Null, json.ValueKind);
    }
}
