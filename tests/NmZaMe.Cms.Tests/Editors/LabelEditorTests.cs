using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class LabelEditorTests
{
    private static readonly LabelEditor Editor = new();
    private static readonly DataType Label = TestSchema.Default.DataTypes[BuiltInMediaTypes.LabelDataTypeKey];

    [Fact]
    public void Normalise_stores_the_trimmed_value() =>
        Editor.Normalise(" 1080 ", Label).AssertValue("1080");

    [Fact]
    public void Normalise_stores_nothing_for_whitespace() =>
        Editor.Normalise("  ", Label).AssertValue(null);

    [Fact]
    public void Delivery_writes_the_stored_string() =>
        Assert.Equal("png", Editor.Deliver("png", Label).GetString());

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, Label).ValueKind);
}
