using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Sync;

public sealed record USyncImportResult(int SchemaItemsChanged, int SchemaItemsDeleted, int ContentItemsImported, bool ContentImportedNow);

/// <summary>
/// Imports a uSync v17 folder in one transaction: schema on every start (unchanged files change nothing, changed
/// files update, Empty markers delete), content and media on first boot only, so editors' later work is never overwritten.
/// Every problem is collected with its file name; if there is any, nothing is written.
/// </summary>
public sealed class USyncImporter(ICmsDbContextFactory dbFactory, PropertyEditorCollection editors, ChangeLog changeLog, Media.MediaFileStore mediaStore, ILogger<USyncImporter> logger)
{
    public const string ContentImportedKey = "usync:content-imported";

    public async Task<USyncImportResult> ImportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var root = Directory.Exists(Path.Combine(folder, "v17")) ? Path.Combine(folder, "v17") : folder;
        if (!Directory.Exists(root))
        {
            throw new USyncException([$"{folder}: the uSync folder does not exist."]);
        }

        var errors = new List<string>();
        var languages = USyncFile.ReadFolder(root, "Languages", errors).ToList();
        var dataTypes = USyncFile.ReadFolder(root, "DataTypes", errors).ToList();
        var contentTypes = USyncFile.ReadFolder(root, "ContentTypes", errors).ToList();
        var mediaTypes = USyncFile.ReadFolder(root, "MediaTypes", errors).ToList();
        Throw(errors);

        await using var db = dbFactory.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.SchemaItems.ToDictionaryAsync(s => s.Key, cancellationToken);
        var now = DateTime.UtcNow;
        var changed = 0;
        var deleted = 0;

        var incoming = new List<(USyncFile File, SchemaItemType Type, object? Item)>();
        incoming.AddRange(languages.Select(f => (f, SchemaItemType.Language, f.IsEmptyMarker ? null : (object?)SchemaReader.ReadLanguage(f, errors))));
        incoming.AddRange(dataTypes.Select(f => (f, SchemaItemType.DataType, f.IsEmptyMarker ? null : (object?)SchemaReader.ReadDataType(f, errors))));
        incoming.AddRange(contentTypes.Select(f => (f, SchemaItemType.ContentType, f.IsEmptyMarker ? null : (object?)SchemaReader.ReadContentType(f, errors))));
        incoming.AddRange(mediaTypes.Select(f => (f, SchemaItemType.ContentType, f.IsEmptyMarker ? null : (object?)SchemaReader.ReadContentType(f, errors, ContentKind.Media))));
        Throw(errors);

        foreach (var (file, type, item) in incoming)
        {
            if (file.IsEmptyMarker)
            {
                var target = existing.Values.FirstOrDefault(e => e.ItemType == type && (e.Key == file.Key || (file.Key == Guid.Empty && e.Alias == file.Alias)));
                if (target is not null)
                {
                    if (type == SchemaItemType.ContentType && await db.Nodes.AnyAsync(n => n.ContentTypeAlias == target.Alias, cancellationToken))
                    {
                        errors.Add($"{file.RelativePath}: content type '{target.Alias}' is marked for deletion but content of that type exists; delete the content first.");
                        continue;
                    }

                    db.SchemaItems.Remove(target);
                    existing.Remove(target.Key);
                    deleted++;
                }

                continue;
            }

            var (key, alias, json) = item switch
            {
                Language l => (l.Key, l.IsoCode, SchemaJson.ToJson(l)),
                DataType d => (d.Key, d.Name, SchemaJson.ToJson(d)),
                ContentType c => (c.Key, c.Alias, SchemaJson.ToJson(c)),
                _ => (Guid.Empty, string.Empty, string.Empty),
            };
            if (key == Guid.Empty)
            {
                continue;
            }

            if (existing.TryGetValue(key, out var record))
            {
                if (record.Hash == file.Hash && record.ItemType == type)
                {
                    continue;
                }

                record.Alias = alias;
                record.Definition = json;
                record.Hash = file.Hash;
                record.ItemType = type;
                record.UpdateDate = now;
            }
            else
            {
                record = new SchemaItemRecord { Key = key, ItemType = type, Alias = alias, Definition = json, Hash = file.Hash, UpdateDate = now };
                db.SchemaItems.Add(record);
                existing[key] = record;
            }

            changed++;
        }

        var schema = SchemaStore.Build(existing.Values, editors);
        SchemaValidator.Validate(schema, incoming.Where(i => !i.File.IsEmptyMarker).ToDictionary(i => KeyOf(i.Item), i => i.File.RelativePath), errors);
        Throw(errors);

        var contentImported = await db.KeyValues.AnyAsync(k => k.Key == ContentImportedKey, cancellationToken);
        var imported = 0;
        if (!contentImported)
        {
            // Content files are read only on the first boot, and each is turned into data at once so the parsed XML of a
            // large catalogue is never held in memory all together.
            var files = USyncFile.ReadFolder(root, "Media", errors).Where(f => !f.IsEmptyMarker).Select(f => ContentFile.Read(f, ContentKind.Media, errors))
                .Concat(USyncFile.ReadFolder(root, "Content", errors).Where(f => !f.IsEmptyMarker).Select(f => ContentFile.Read(f, ContentKind.Document, errors)))
                .OfType<ContentFile>()
                .ToList();
            Throw(errors);
            await db.SaveChangesAsync(cancellationToken);
            imported = await new ContentImport(db, schema, errors).RunAsync(files, now, cancellationToken);
            var filesCopied = SeedMediaFiles.Copy(Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(root))!, "media"), mediaStore, errors);
            Throw(errors);
            logger.LogInformation("uSync import: {Count} media files copied into the media store", filesCopied);
            db.KeyValues.Add(new KeyValueRecord { Key = ContentImportedKey, Value = now.ToString("O"), UpdateDate = now });
        }

        if (changed + deleted + imported > 0)
        {
            // Nodes already running on this database load the new schema and content as a node that starts does.
            changeLog.Append(db, new ContentChange(ContentChangeKind.SchemaImported, []));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("uSync import from {Folder}: {Changed} schema items changed, {Deleted} deleted, {Imported} content items imported",
            root, changed, deleted, imported);
        return new USyncImportResult(changed, deleted, imported, !contentImported);
    }

    private static Guid KeyOf(object? item) => item switch
    {
        Language l => l.Key,
        DataType d => d.Key,
        ContentType c => c.Key,
        _ => Guid.Empty,
    };

    private static void Throw(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new USyncException(errors.Distinct().ToArray());
        }
    }
}
