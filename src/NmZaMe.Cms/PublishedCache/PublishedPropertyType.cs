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
    // One context for values held by culture-variant types and one for invariant ones, per schema.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSchema, EditorContext> Contexts = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSchema, EditorContext> InvariantContexts = new();

    private readonly int _index;
    private readonly int _perCultureBefore;

    private PublishedPropertyType(PropertyType type, DataType dataType, IPropertyEditor editor, EditorContext context, bool perCulture, int index, int perCultureBefore)
    {
        Type = type;
        DataType = dataType;
        Editor = editor;
        Context = context;
        PerCulture = perCulture;
        _index = index;
        _perCultureBefore = perCultureBefore;
    }

    public PropertyType Type { get; }

    public DataType DataType { get; }

    public IPropertyEditor Editor { get; }

    public string Alias => Type.Alias;

    internal EditorContext Context { get; }

    /// <summary>Whether an item holds one value per culture (the property and its content type both vary).</summary>
    internal bool PerCulture { get; }

    /// <summary>Where this property's first value is among an item's values, with one value per culture for per-culture properties.</summary>
    internal int FirstSlot(int cultureCount) => _index + (_perCultureBefore * (cultureCount - 1));

    /// <summary>How many values an item of the type holds in that many cultures.</summary>
    internal static int SlotCount(PublishedPropertyType[] types, int cultureCount) =>
        types.Length == 0 ? 0 : types[^1].FirstSlot(cultureCount) + (types[^1].PerCulture ? cultureCount : 1);

    /// <summary>The content type's properties in <see cref="ContentSchema.PropertiesOf"/> order. Every schema load creates new type objects, so this never goes stale.</summary>
    public static PublishedPropertyType[] Of(ContentType contentType, ContentSchema schema) =>
        ByContentType.GetValue(contentType, t =>
        {
            var context = t.VariesByCulture
                ? Contexts.GetValue(schema, s => new EditorContext(s))
                : InvariantContexts.GetValue(schema, s => new EditorContext(s) { OwnerVariesByCulture = false });
            var properties = schema.PropertiesOf(t);
            var types = new PublishedPropertyType[properties.Count];
            var perCultureBefore = 0;
            for (var i = 0; i < types.Length; i++)
            {
                var p = properties[i];
                var perCulture = t.VariesByCulture && p.VariesByCulture;
                types[i] = new PublishedPropertyType(p, schema.DataTypeOf(p), schema.EditorOf(p), context, perCulture, i, perCultureBefore);
                perCultureBefore += perCulture ? 1 : 0;
            }

            return types;
        });
}
