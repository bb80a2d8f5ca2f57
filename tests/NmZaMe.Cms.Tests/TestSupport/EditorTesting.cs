using System.Text.Json;
using System.Text.Json.Nodes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Tests.TestSupport;

/// <summary>Runs one property editor the way the write path and the Delivery API run it.</summary>
internal static class EditorTesting
{
    public static EditorResult Normalise(this IPropertyEditor editor, string? raw, DataType dataType) =>
        editor.Normalise(raw, dataType, TestSchema.Context);

    public static object? Intermediate(this IPropertyEditor editor, string? stored, DataType dataType) =>
        editor.ToIntermediate(stored, dataType, TestSchema.Context);

    /// <summary>The stored value converted and written as the Delivery API writes it, in sl-SI, over the given snapshot.</summary>
    public static JsonElement Deliver(this IPropertyEditor editor, string? stored, DataType dataType, PublishedSnapshot? snapshot = null,
        PropertyExpansion? expand = null, PropertyExpansion? fields = null, string culture = "sl-SI")
    {
        snapshot ??= new SnapshotBuilder().Build();
        var intermediate = editor.ToIntermediate(stored, dataType, new EditorContext(snapshot.Schema));
        var output = snapshot.Output(culture);
        return Json.Write(w => editor.WriteDelivery(w, intermediate, dataType, output, expand, fields));
    }

    /// <summary>A copy of the data type with one configuration value changed.</summary>
    public static DataType WithConfig(this DataType dataType, string key, JsonNode? value)
    {
        var config = JsonNode.Parse(dataType.Config.ToJsonString())!.AsObject();
        config[key] = value;
        return dataType with { Config = config };
    }

    public static void AssertError(this EditorResult result, string expectedPart)
    {
        Assert.False(result.IsValid, $"expected an error containing '{expectedPart}', got value '{result.Value}'");
        Assert.Null(result.Value);
        Assert.Contains(expectedPart, result.Error?.ToString());
    }

    public static void AssertValue(this EditorResult result, string? expected)
    {
        Assert.True(result.IsValid, result.Error?.ToString());
        Assert.Equal(expected, result.Value);
    }
}
