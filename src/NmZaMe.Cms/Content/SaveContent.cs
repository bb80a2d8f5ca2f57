using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

/// <summary>Names and values to save as the draft of a new or existing item. Culture "" is invariant.</summary>
public sealed record SaveContentCommand(
    Guid Key,
    Guid? ParentKey,
    string ContentTypeAlias,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Values,
    int? ExpectedVersion = null,
    string? UserName = null);

/// <summary>
/// Creates or updates an item's draft: checks the type may live under the parent, normalises every value through its
/// editor (field-level errors, nothing saved on error) and detects a concurrent save by version. The save commits through
/// the change pipeline as <see cref="ContentChangeKind.Saved"/>, so the back office's index has the draft at once; a
/// caller that holds the transaction (the spreadsheet import) commits its whole batch through the pipeline itself.
/// </summary>
/// <param name="commit">Null only where no host runs the pipeline (engine tests).</param>
public sealed class SaveContent(CmsDbContext db, ContentSchema schema, ContentCommit? commit = null)
{
    public async Task<ContentResult> ExecuteAsync(SaveContentCommand command, CancellationToken cancellationToken = default)
    {
        var type = schema.GetContentType(command.ContentTypeAlias);
        if (type is null || type.IsElement)
        {
            return ContentResult.Invalid(command.Key, new Dictionary<string, CmsError> { ["contentType"] = new(ContentCodes.UnknownType, command.ContentTypeAlias) });
        }

        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == command.Key, cancellationToken);
        if (node is not null && command.ExpectedVersion is { } expected && node.Version != expected)
        {
            return ContentResult.Conflict(command.Key, node.Version);
        }

        var errors = new Dictionary<string, CmsError>(StringComparer.Ordinal);
        NodeRecord? parent = null;
        if (node is null)
        {
            if (command.ParentKey is { } parentKey)
            {
                parent = await db.Nodes.FirstOrDefaultAsync(n => n.Key == parentKey && !n.Trashed, cancellationToken);
                var parentType = parent is null ? null : schema.GetContentType(parent.ContentTypeAlias);
                if (parentType is null)
                {
                    errors["parent"] = new CmsError(ContentCodes.ParentMissing);
                }
                else if (!parentType.AllowedChildren.Any(c => c.Key == type.Key))
                {
                    errors["contentType"] = new CmsError(ContentCodes.NotAllowedUnder, new SchemaText(type.Name), new SchemaText(parentType.Name));
                }
            }
            else if (!type.AllowAtRoot)
            {
                errors["contentType"] = new CmsError(ContentCodes.NotAllowedAtRoot, new SchemaText(type.Name));
            }
        }

        var draft = node is null ? new ContentData() : ContentData.Deserialize(node.DraftData);
        var before = node is null ? null : ContentData.Deserialize(node.DraftData);
        foreach (var (culture, name) in command.Names)
        {
            var c = type.VariesByCulture ? schema.NormaliseCulture(culture) : string.Empty;
            if (c is null || (type.VariesByCulture && c.Length == 0))
            {
                errors[$"name[{culture}]"] = new CmsError(ContentCodes.UnknownCulture, culture);
                continue;
            }

            var trimmed = NmZaMe.Cms.Text.ItemName.Clean(name);
            if (trimmed.Length > 255)
            {
                errors[c.Length == 0 ? "name" : $"name[{c}]"] = new CmsError(ContentCodes.NameTooLong, 255);
            }
            else if (trimmed.Length == 0)
            {
                draft.Names.Remove(c);
            }
            else
            {
                draft.Names[c] = trimmed;
            }
        }

        if (draft.Names.Count == 0)
        {
            errors["name"] = new CmsError(ContentCodes.NameRequired);
        }

        var context = new EditorContext(schema);
        var saved = new List<(string ErrorKey, PropertyType Property, string? Value)>();
        foreach (var (alias, byCulture) in command.Values)
        {
            var property = schema.Property(type, alias);
            if (property is null)
            {
                errors[alias] = new CmsError(ContentCodes.UnknownProperty, alias, type.Alias);
                continue;
            }

            foreach (var (culture, raw) in byCulture)
            {
                var valueCulture = Publishing.ValueCulture(type, property, schema.NormaliseCulture(culture) ?? string.Empty);
                var editor = schema.EditorOf(property);
                var result = editor.Normalise(raw, schema.DataTypeOf(property), context);
                if (!result.IsValid)
                {
                    errors[valueCulture.Length == 0 ? alias : $"{alias}[{valueCulture}]"] = result.Error!;
                    continue;
                }

                saved.Add((valueCulture.Length == 0 ? alias : $"{alias}[{valueCulture}]", property, result.Value));

                // A one-culture editor sends a block list with that culture's texts only; the others' are kept.
                draft.SetValue(alias, valueCulture, editor.MergeEditedValue(result.Value, draft.Value(alias, valueCulture), context));
            }
        }

        foreach (var (key, error) in await PickerTypes.CheckAsync(db, schema, saved, cancellationToken))
        {
            errors[key] = error;
        }

        if (ReviewRule.IsNewlyMarked(draft, before) && ReviewRule.Refusal(schema, type, draft, await ReviewRule.ParentDraftAsync(db, parent?.Id ?? node?.ParentId, cancellationToken)) is { } refusal)
        {
            errors[Review.LastReviewed] = new CmsError(refusal);
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(command.Key, errors);
        }

        var now = DateTime.UtcNow;
        if (node is null)
        {
            var siblings = await db.Nodes.Where(n => n.ParentId == (parent == null ? null : parent.Id)).Select(n => (int?)n.SortOrder).MaxAsync(cancellationToken);
            node = new NodeRecord
            {
                Key = command.Key,
                ParentId = parent?.Id,
                Level = (parent?.Level ?? 0) + 1,
                Path = parent?.Path ?? "-1",
                SortOrder = (siblings ?? -1) + 1,
                Kind = ContentKind.Document,
                ContentTypeAlias = type.Alias,
                CreateDate = now,
            };
            db.Nodes.Add(node);
        }

        node.DraftData = draft.Serialize();
        node.UpdateDate = now;
        node.Version++;
        async Task SaveAsync(CancellationToken ct)
        {
            // A caller that saves several items as one (the spreadsheet import) holds the transaction itself.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await db.SaveChangesAsync(ct);
            if (!node.Path.EndsWith("," + node.Id, StringComparison.Ordinal))
            {
                node.Path = $"{node.Path},{node.Id}";
            }

            db.ContentVersions.Add(new ContentVersionRecord { NodeId = node.Id, Created = now, Action = "Save", Data = node.DraftData, UserName = command.UserName });
            ContentAudit.Add(db, node.Key, "Save", command.UserName, now, culture: string.Join(',', command.Names.Keys.Where(c => c.Length > 0)));
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }

        try
        {
            if (commit is null || db.Database.CurrentTransaction is not null)
            {
                await SaveAsync(cancellationToken);
            }
            else
            {
                await commit.SaveAsync(db, new ContentChange(ContentChangeKind.Saved, [command.Key]), SaveAsync, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Nodes.AsNoTracking().Where(n => n.Key == command.Key).Select(n => n.Version).FirstOrDefaultAsync(cancellationToken);
            return ContentResult.Conflict(command.Key, current);
        }

        return ContentResult.Ok(node.Key, node.Version);
    }
}
