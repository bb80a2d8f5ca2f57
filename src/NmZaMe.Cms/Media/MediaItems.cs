using System.Text.Json;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>What media use cases share: reading an item's stored file and writing its audit line.</summary>
public static class MediaItems
{
    public const string FolderType = "Folder";
    public const string ImageType = "Image";
    public const string FileType = "File";

    /// <summary>The id and name in a stored <c>umbracoFile</c> value (<c>{"src":"/media/{id}/{name}"}</c> or the bare path).</summary>
    public static (string Id, string Name)? StoredFile(string? umbracoFile)
    {
        var src = umbracoFile?.Trim();
        if (src is not null && src.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(src);
                src = doc.RootElement.TryGetProperty("src", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var parts = src?.Split('/');
        return parts is [_, "media", var id, var name] && MediaFileStore.IsId(id) && name.Length > 0 ? (id, name) : null;
    }

    public static (string Id, string Name)? StoredFile(ContentData data) => StoredFile(data.Value("umbracoFile", string.Empty));

    public static string Src(string id, string fileName) => JsonSerializer.Serialize(new { src = $"/media/{id}/{fileName}", crops = Array.Empty<object>() });

    /// <summary>The name editors see: the default culture's, or the invariant one.</summary>
    public static string NameOf(ContentData data, string defaultCulture) =>
        data.Names.GetValueOrDefault(string.Empty) ?? data.Names.GetValueOrDefault(defaultCulture) ?? data.Names.Values.FirstOrDefault() ?? string.Empty;

    /// <summary>The culture a media type's name is stored under.</summary>
    public static string NameCulture(ContentType type, ContentSchema schema) => type.VariesByCulture ? schema.DefaultCulture : string.Empty;

    /// <summary>The cultures whose alt text an image needs: every language when the property varies, else the invariant one.</summary>
    public static IReadOnlyList<string> AltTextCultures(ContentSchema schema)
    {
        var type = schema.GetContentType(ImageType);
        var property = type is null ? null : schema.Property(type, "altText");
        return type is not null && property is not null && type.VariesByCulture && property.VariesByCulture
            ? schema.Languages.Select(l => l.IsoCode).ToList()
            : [string.Empty];
    }

    /// <summary>A new media node under a folder (or at the root), published at once: media has no drafts.</summary>
    public static NodeRecord NewNode(NodeRecord? parent, ContentType type, ContentData data, int sortOrder, DateTime now)
    {
        var json = data.Serialize();
        return new NodeRecord
        {
            Key = Guid.NewGuid(),
            ParentId = parent?.Id,
            Level = (parent?.Level ?? 0) + 1,
            Path = parent?.Path ?? "-1",
            SortOrder = sortOrder,
            Kind = ContentKind.Media,
            ContentTypeAlias = type.Alias,
            CreateDate = now,
            UpdateDate = now,
            DraftData = json,
            PublishedData = json,
            Version = 1,
        };
    }

    /// <summary>The error for an image's alt text in one culture, or null when it is fine.</summary>
    public static CmsError? AltTextError(string? altText) =>
        string.IsNullOrWhiteSpace(altText) ? new CmsError(MediaCodes.AltTextRequired)
        : altText.Trim().Length > 512 ? new CmsError(MediaCodes.AltTextTooLong, 512)
        : null;

    public static void Audit(CmsDbContext db, Guid key, string action, string? userName, string? detail) =>
        db.AuditEntries.Add(new AuditEntryRecord { NodeKey = key, Date = DateTime.UtcNow, UserName = userName, Action = action, Detail = detail });
}
