using NmZaMe.Cms.Content;
using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Tests.TestSupport;

/// <summary>Builds a small published snapshot in memory from <see cref="PublishedSource"/> rows, as the snapshot service does.</summary>
internal sealed class SnapshotBuilder(ContentSchema? schema = null)
{
    public static readonly DateTime Created = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<PublishedSource> _sources = [];
    private readonly Dictionary<Guid, int> _levels = [];

    public ContentSchema Schema { get; } = schema ?? TestSchema.Default;

    /// <summary>A culture-variant document; a null name leaves that culture unpublished.</summary>
    public Guid Document(string contentType, Guid? parent, string? sl, string? en = null, int sortOrder = 0,
        Action<ContentData>? values = null, Guid? key = null, DateTime? createDate = null, DateTime? updateDate = null)
    {
        var data = new ContentData();
        if (sl is not null)
        {
            data.Names["sl-SI"] = sl;
        }

        if (en is not null)
        {
            data.Names["en-US"] = en;
        }

        values?.Invoke(data);
        return Add(contentType, parent, sortOrder, data, key, createDate, updateDate);
    }

    /// <summary>An Image media item with its file and size labels.</summary>
    public Guid Image(string name, string file, int width = 1080, int height = 530, int bytes = 24069, Guid? key = null)
    {
        var data = new ContentData();
        data.Names[string.Empty] = name;
        data.SetValue("umbracoFile", string.Empty, file);
        data.SetValue("umbracoWidth", string.Empty, width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        data.SetValue("umbracoHeight", string.Empty, height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        data.SetValue("umbracoBytes", string.Empty, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Add("Image", null, 0, data, key, null, null);
    }

    public PublishedSnapshot Build()
    {
        var items = _sources.Select(s => PublishedContentFactory.Create(s, Schema) ?? throw new InvalidOperationException($"{s.ContentTypeAlias} {s.Key} could not be created.")).ToList();
        return new PublishedSnapshot(Schema, items, 1);
    }

    private Guid Add(string contentType, Guid? parent, int sortOrder, ContentData data, Guid? key, DateTime? createDate, DateTime? updateDate)
    {
        var k = key ?? Guid.NewGuid();
        var level = parent is { } p ? _levels[p] + 1 : 1;
        _levels[k] = level;
        _sources.Add(new PublishedSource(_sources.Count + 1, k, parent, level, sortOrder, contentType,
            createDate ?? Created, updateDate ?? createDate ?? Created, data.Serialize()));
        return k;
    }
}

internal static class SnapshotExtensions
{
    public static DeliveryRequest Request(this PublishedSnapshot snapshot, string culture = "sl-SI", PublishedContent? startItem = null) =>
        new(snapshot, culture, startItem);

    public static DeliveryJsonWriter Output(this PublishedSnapshot snapshot, string culture = "sl-SI") => new(snapshot.Request(culture));
}
