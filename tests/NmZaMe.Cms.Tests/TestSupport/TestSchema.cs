using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Cms.Tests.TestSupport;

/// <summary>The content schema read from the repository's uSync/v17 files, as the importer reads it.</summary>
internal static class TestSchema
{
    private static readonly Lazy<ContentSchema> Shared = new(() => Load());

    /// <summary>The repository's schema. Immutable, so sharing it between tests shares no state.</summary>
    public static ContentSchema Default => Shared.Value;

    public static EditorContext Context { get; } = new(Default);

    /// <summary>The repository's schema with some property types changed (e.g. a mandatory message added).</summary>
    public static ContentSchema Load(Func<ContentType, PropertyType, PropertyType>? changeProperty = null)
    {
        var errors = new List<string>();
        var root = Repository.USyncV17;
        var languages = USyncFile.ReadFolder(root, "Languages", errors).Select(f => SchemaReader.ReadLanguage(f, errors)).OfType<Language>().ToList();
        var dataTypes = USyncFile.ReadFolder(root, "DataTypes", errors).Select(f => SchemaReader.ReadDataType(f, errors)).OfType<DataType>().ToList();
        var contentTypes = USyncFile.ReadFolder(root, "ContentTypes", errors).Select(f => SchemaReader.ReadContentType(f, errors)).OfType<ContentType>().ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The repository's uSync schema has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        if (changeProperty is not null)
        {
            contentTypes = contentTypes.Select(t => t with { Properties = t.Properties.Select(p => changeProperty(t, p)).ToArray() }).ToList();
        }

        return new ContentSchema(languages, dataTypes.Concat(BuiltInMediaTypes.DataTypes), contentTypes, PropertyEditorCollection.Default);
    }

    public static DataType DataType(string name) => Default.DataTypes.Values.Single(d => d.Name == name);

    public static ContentType ContentType(string alias) => Default.GetContentType(alias) ?? throw new ArgumentException($"No content type '{alias}'.");
}
