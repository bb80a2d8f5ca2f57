using System.Text.Json.Nodes;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Schema;

/// <summary>
/// Umbraco ships Folder, Image and File media types in every installation; uSync sets that do not export
/// MediaTypes rely on them, so they are built in here with Umbraco's own aliases and keys.
/// </summary>
public static class BuiltInMediaTypes
{
    public static readonly Guid LabelDataTypeKey = new("f0bc4bfb-b499-40d6-ba86-058885a5178c");
    public static readonly Guid UploadDataTypeKey = new("84c6b441-31df-4ffe-b67e-67d5bc3ae65a");
    public static readonly Guid TextstringDataTypeKey = new("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

    public static readonly ContentType Folder = Media(new Guid("f38bd2d7-65d0-48e6-95dc-87ce06ec2d3d"), "Folder", "icon-folder", []);

    public static readonly ContentType Image = Media(new Guid("cc07b313-0843-4aa8-bbda-871c8da728c8"), "Image", "icon-picture",
    [
        Prop("umbracoFile", "Image", "Umbraco.UploadField", 0),
        Prop("altText", "Alternative text", "Umbraco.TextBox", 1),
        Prop("umbracoWidth", "Width", "Umbraco.Label", 2),
        Prop("umbracoHeight", "Height", "Umbraco.Label", 3),
        Prop("umbracoBytes", "Size", "Umbraco.Label", 4),
        Prop("umbracoExtension", "Type", "Umbraco.Label", 5),
    ]);

    public static readonly ContentType File = Media(new Guid("4c52d8ab-54e6-40cd-999c-7a5f24903e4d"), "File", "icon-document",
    [
        Prop("umbracoFile", "File", "Umbraco.UploadField", 0),
        Prop("umbracoBytes", "Size", "Umbraco.Label", 1),
        Prop("umbracoExtension", "Type", "Umbraco.Label", 2),
    ]);

    public static IReadOnlyList<ContentType> All { get; } = [Folder, Image, File];

    public static IEnumerable<DataType> DataTypes { get; } =
    [
        new(LabelDataTypeKey, "Label", "Umbraco.Label", "Umb.PropertyEditorUi.Label", []),
        new(UploadDataTypeKey, "Upload File", "Umbraco.UploadField", "Umb.PropertyEditorUi.UploadField", []),
        new(TextstringDataTypeKey, "Media Textstring", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", new() { ["maxChars"] = 512 }),
    ];

    private static ContentType Media(Guid key, string alias, string icon, PropertyType[] properties) =>
        new(key, alias, alias, icon, null, true, false, Variations.Nothing, [], [], properties,
            [new ContentTypeTab(Guid.Empty, "media", "Media", "Tab", 0)], Kind: ContentKind.Media);

    private static PropertyType Prop(string alias, string name, string editor, int sort) =>
        new(Guid.Empty, alias, name,
            editor switch { "Umbraco.UploadField" => UploadDataTypeKey, "Umbraco.Label" => LabelDataTypeKey, _ => TextstringDataTypeKey },
            editor, false, null, null, sort, "media", "Media", Variations.Nothing, null, null, false);
}
