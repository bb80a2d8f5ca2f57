using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Media;

/// <summary>One uploaded file: its bytes, the name the user's computer gave it, an optional display name, alt text by culture ("" invariant).</summary>
public sealed record UploadedFile(string FileName, ReadOnlyMemory<byte> Content, string? Name, IReadOnlyDictionary<string, string?> AltText);

public sealed record UploadMediaCommand(Guid? ParentKey, IReadOnlyList<UploadedFile> Files, long MaxBytes, string? UserName);

/// <summary>
/// The keys of the created items and which of the sent files they are (<see cref="StoredFiles"/>, indexes into the
/// command's files), and field errors keyed <c>files[i]</c>, <c>name[i]</c>, <c>altText[i]</c> (<c>altText[i][culture]</c>),
/// <c>parent</c> for the files that were not stored.
/// </summary>
public sealed record UploadMediaResult(IReadOnlyList<Guid> Keys, IReadOnlyDictionary<string, CmsError> Errors)
{
    public IReadOnlyList<int> StoredFiles { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Stores images and PDFs as media items in a folder. Every file is checked (type by content, size, image headers, alt
/// text) before anything is written; the files that pass are stored even when another of the batch is refused, so one
/// bad file does not cost the good ones (review B15). Media is published at once, as in Umbraco. If the database
/// refuses the items, the files already moved into the store are removed again, so the store and the database agree.
/// </summary>
public sealed class UploadMedia(CmsDbContext db, ISnapshotSource snapshots, ContentCommit commit, MediaFileStore store)
{
    public async Task<UploadMediaResult> ExecuteAsync(UploadMediaCommand command, CancellationToken cancellationToken = default)
    {
        var schema = snapshots.Current.Schema;
        var errors = new Dictionary<string, CmsError>(StringComparer.Ordinal);
        var (parent, parentError) = await MediaFolders.FindAsync(db, command.ParentKey, cancellationToken);
        if (parentError is not null)
        {
            errors["parent"] = parentError;
        }

        if (command.Files.Count == 0)
        {
            errors["files[0]"] = new CmsError(MediaCodes.ChooseFile);
        }

        var altCultures = MediaItems.AltTextCultures(schema);
        var accepted = new List<(int Index, UploadedFile File, MediaFileType Type, ContentType MediaType, string Name)>();
        for (var i = 0; i < command.Files.Count; i++)
        {
            var file = command.Files[i];
            if (file.Content.Length > command.MaxBytes)
            {
                errors[$"files[{i}]"] = new CmsError(MediaCodes.FileTooLarge, Math.Round(command.MaxBytes / (1024.0 * 1024.0), 1));
                continue;
            }

            var (type, error) = MediaFileType.Detect(file.Content.Span);
            if (type is null)
            {
                errors[$"files[{i}]"] = error!;
                continue;
            }

            var name = NmZaMe.Cms.Text.ItemName.Clean(string.IsNullOrWhiteSpace(file.Name) ? Path.GetFileNameWithoutExtension(Path.GetFileName(file.FileName.Replace('\\', '/'))) : file.Name);
            if (name.Length == 0)
            {
                name = MediaFileStore.SafeFileName(file.FileName, type.Extension);
            }

            if (name.Length > 255)
            {
                errors[$"name[{i}]"] = new CmsError(ContentCodes.NameTooLong, 255);
            }

            if (type.IsImage)
            {
                foreach (var culture in altCultures)
                {
                    if (MediaItems.AltTextError(file.AltText.GetValueOrDefault(culture)) is { } altError)
                    {
                        errors[culture.Length == 0 ? $"altText[{i}]" : $"altText[{i}][{culture}]"] = altError;
                    }
                }
            }

            var mediaType = schema.GetContentType(type.IsImage ? MediaItems.ImageType : MediaItems.FileType);
            if (mediaType is null)
            {
                errors[$"files[{i}]"] = new CmsError(MediaCodes.NoMediaType);
                continue;
            }

            accepted.Add((i, file, type, mediaType, name));
        }

        // A file with any error of its own (type, name, alt text) is left out; without a folder nothing is stored.
        var refused = errors.Keys.Select(FileIndex).ToHashSet();
        accepted.RemoveAll(a => refused.Contains(a.Index));
        if (errors.ContainsKey("parent") || accepted.Count == 0)
        {
            return new UploadMediaResult([], errors);
        }

        var now = DateTime.UtcNow;
        var written = new List<(string Id, string Extension)>();
        var nodes = new List<NodeRecord>();
        var committed = false;
        try
        {
            var sortOrder = await MediaFolders.NextSortOrderAsync(db, parent, cancellationToken);
            foreach (var (_, file, type, mediaType, name) in accepted)
            {
                var id = MediaFileStore.NewId();
                await store.WriteAsync(id, type.Extension, file.Content, cancellationToken);
                written.Add((id, type.Extension));

                var data = new ContentData();
                data.Names[MediaItems.NameCulture(mediaType, schema)] = name;
                data.SetValue("umbracoFile", string.Empty, MediaItems.Src(id, MediaFileStore.SafeFileName(file.FileName, type.Extension)));
                data.SetValue("umbracoBytes", string.Empty, file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                data.SetValue("umbracoExtension", string.Empty, type.Extension);
                if (type.IsImage)
                {
                    data.SetValue("umbracoWidth", string.Empty, type.Width!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    data.SetValue("umbracoHeight", string.Empty, type.Height!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    foreach (var culture in altCultures)
                    {
                        data.SetValue("altText", culture, file.AltText[culture]!.Trim());
                    }
                }

                var node = MediaItems.NewNode(parent, mediaType, data, sortOrder++, now);
                nodes.Add(node);
                db.Nodes.Add(node);
                MediaItems.Audit(db, node.Key, "Upload", command.UserName, $"{file.FileName} ({type.ContentType}, {file.Content.Length} B)");
            }

            await commit.SaveAsync(db, new ContentChange(ContentChangeKind.MediaSaved, nodes.Select(n => n.Key).ToList()), async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                foreach (var node in nodes)
                {
                    node.Path = $"{node.Path},{node.Id}";
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                committed = true;
            }, cancellationToken);
        }
        catch when (!committed)
        {
            foreach (var (id, extension) in written)
            {
                store.Delete(id, extension);
            }

            throw;
        }

        return new UploadMediaResult(nodes.Select(n => n.Key).ToList(), errors) { StoredFiles = accepted.Select(a => a.Index).ToList() };
    }

    /// <summary>The file an error key (<c>files[2]</c>, <c>altText[2][en-US]</c>) belongs to; -1 for <c>parent</c>.</summary>
    private static int FileIndex(string key)
    {
        var open = key.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : key.IndexOf(']', open);
        return close > open + 1 && int.TryParse(key.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1;
    }
}
