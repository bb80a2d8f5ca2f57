using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// What every item of a content type shares about one property: its type, data type, editor and the schema's editor
/// context. Held once per content type, so an item only holds its values.
/// </summary>
public sealed class PublishedPropertyType
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentType, PublishedPropertyType[]> ByContentType = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSchema, EditorContext> Contexts = new();

    private PublishedPropertyType(PropertyType type, DataType dataType, IPropertyEditor editor, EditorContext context, bool perCulture)
    {
        Type = type;
        DataType = dataType;
        Editor = editor;
        Context = context;
        PerCulture = perCulture;
    }

    public PropertyType Type { get; }

    public DataType DataType { get; }

    public IPropertyEditor Editor { get; }

    public string Alias => Type.Alias;

    internal EditorContext Context { get; }

    /// <summary>Whether an item holds one value per culture (the property and its content type both vary).</summary>
    internal bool PerCulture { get; }

    /// <summary>The content type's properties in <see cref="ContentSchema.PropertiesOf"/> order. Every schema load creates new type objects, so this never goes stale.</summary>
    public static PublishedPropertyType[] Of(ContentType contentType, ContentSchema schema) =>
        ByContentType.GetValue(contentType, t =>
        {
            var context = Contexts.GetValue(schema, s => new EditorContext(s));
            return schema.PropertiesOf(t)
                .Select(p => new PublishedPropertyType(p, schema.DataTypeOf(p), schema.EditorOf(p), context, t.VariesByCulture && p.VariesByCulture))
                .ToArray();
        });
}
