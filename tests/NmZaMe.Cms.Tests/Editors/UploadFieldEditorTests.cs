using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class UploadFieldEditorTests
{
    private static readonly UploadFieldEditor Editor = new();
    private static readonly DataType Upload = TestSchema.Default.DataTypes[BuiltInMediaTypes.UploadDataTypeKey];

    [Theory]
    [InlineData("/media/lyulnwzr/logo.png", "/media/lyulnwzr/logo.png")]
    [InlineData("{\"src\":\"/media/lyulnwzr/logo.png\",\"crops\":[]}", "/media/lyulnwzr/logo.png")]
    public void Normalise_stores_the_media_path(string raw, string expected) =>
        Editor.Normalise(raw, Upload).AssertValue(expected);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/media/../appsettings.json")]
    [InlineData("https://evil.example/media/x.png")]
    [InlineData("{\"src\":42}")]
    [InlineData("{not json")]
    public void Normalise_rejects_paths_outside_the_media_folder(string raw) =>
        Editor.Normalise(raw, Upload).AssertError("editor.uploadOutsideMedia");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise(null, Upload).AssertValue(null);

    [Fact]
    public void Delivery_writes_the_url_string() =>
        Assert.Equal("/media/a/b.pdf", Editor.Deliver("{\"src\":\"/media/a/b.pdf\"}", Upload).GetString());

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Upload).ValueKind);
}
