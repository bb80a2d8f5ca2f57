using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>
/// The preview of a spreadsheet import (layout: docs/spreadsheets.md): compares every row with the current draft and
/// validates every changed cell as the editor's publish does (<see cref="PropertyValidator"/>: the editor's rules, list
/// values, mandatory, pattern), without saving anything. A cell equal to the stored value is unchanged and not checked
/// again, so a file exported and imported as it is changes nothing. The caller says which items are in scope and which
/// languages the importer may change (a row changing another, or the shared values without the default language, is invalid).
/// </summary>
public sealed class PlanImport(CmsDbContext db, ContentSchema schema)
{
    public sealed record Command(IReadOnlyList<IReadOnlyList<string>> Rows, Func<NodeRecord, bool> InScope, string? UserName, Func<string, bool>? MayEditCulture = null);

    private sealed record Columns(int Key, int Type, int Parent, IReadOnlyList<(int Index, SpreadsheetColumn Column)> Cells, IReadOnlyList<string> Cultures);

    public async Task<ImportPlan> ExecuteAsync(Command command, CancellationToken cancellationToken)
    {
        var fileErrors = new List<ImportError>();
        var columns = command.Rows.Count == 0 ? null : ReadHeader(command.Rows[0], fileErrors);
        if (columns is null)
        {
            return new ImportPlan(fileErrors, []);
        }

        var documents = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Document && !n.Trashed).ToListAsync(cancellationToken);
        var byKey = documents.ToDictionary(n => n.Key);
        var byId = documents.ToDictionary(n => n.Id);
        var seen = new Dictionary<Guid, int>();
        var rows = new List<ImportRow>();
        for (var r = 1; r < command.Rows.Count; r++)
        {
            var cells = command.Rows[r];
            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            string Cell(int index) => index >= 0 && index < cells.Count ? cells[index] : string.Empty;
            var errors = new List<ImportError>();
            var typeAlias = Cell(columns.Type).Trim();
            var type = SpreadsheetLayout.Types.Contains(typeAlias, StringComparer.Ordinal) ? schema.GetContentType(typeAlias) : null;
            if (type is null)
            {
                errors.Add(new("type", ImportErrors.UnknownType, typeAlias));
            }

            var keyText = Cell(columns.Key).Trim();
            NodeRecord? node = null;
            var key = Guid.NewGuid();
            if (keyText.Length > 0 && !Guid.TryParse(keyText, out key))
            {
                errors.Add(new("key", ImportErrors.BadKey));
            }
            else if (keyText.Length > 0 && seen.TryGetValue(key, out var first))
            {
                errors.Add(new("key", ImportErrors.DuplicateKey, first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (keyText.Length > 0)
            {
                seen[key] = r + 1;
                node = byKey.GetValueOrDefault(key) is { } found && command.InScope(found) ? found : null;
                if (node is null)
                {
                    errors.Add(new("key", ImportErrors.UnknownKey));
                }
                else if (type is not null && node.ContentTypeAlias != type.Alias)
                {
                    errors.Add(new("type", ImportErrors.OtherType, node.ContentTypeAlias));
                }
            }

            var parentText = Cell(columns.Parent).Trim();
            NodeRecord? parent = null;
            if (keyText.Length == 0)
            {
                parent = Guid.TryParse(parentText, out var parentKey) && byKey.GetValueOrDefault(parentKey) is { } p && command.InScope(p) ? p : null;
                if (parent is null)
                {
                    errors.Add(new("parent.key", ImportErrors.UnknownParent));
                }
                else if (type is not null && schema.GetContentType(parent.ContentTypeAlias) is { } parentType && !parentType.AllowedChildren.Any(c => c.Key == type.Key))
                {
                    errors.Add(new("parent.key", ImportErrors.ParentNotAllowed));
                }
            }
            else if (node is not null && parentText.Length > 0
                && !(Guid.TryParse(parentText, out var named) && node.ParentId is { } pid && byId.TryGetValue(pid, out var current) && current.Key == named))
            {
                errors.Add(new("parent.key", ImportErrors.Move));
            }

            if (type is null || (keyText.Length > 0 && node is null))
            {
                rows.Add(new(r + 1, typeAlias, string.Empty, ImportAction.Invalid, [], errors, null, []));
                continue;
            }

            var parentId = parent?.Id ?? node?.ParentId;
            var parentDraft = parentId is { } id && byId.TryGetValue(id, out var parentNode) ? ContentData.Deserialize(parentNode.DraftData) : null;
            var pickers = new List<(string Column, PropertyType Property, string? Value)>();
            var row = Compare(r + 1, type, key, node, parent, parentDraft, columns, Cell, errors, byKey, pickers, command);

            // The save's own check that a picker holds items of the types its data type allows, so the preview shows it too.
            var wrongTypes = await PickerTypes.CheckAsync(db, schema, pickers, cancellationToken);
            rows.Add(wrongTypes.Count == 0 ? row : row with
            {
                Action = ImportAction.Invalid,
                Command = null,
                Errors = [.. row.Errors, .. wrongTypes.Select(e => new ImportError(e.Key, ImportErrors.Invalid, Error: e.Value))],
            });
        }

        return new ImportPlan(fileErrors, rows);
    }

    private Columns? ReadHeader(IReadOnlyList<string> header, List<ImportError> errors)
    {
        var layout = SpreadsheetLayout.For(schema, schema.Languages.Select(l => l.IsoCode));
        var known = layout.Columns.ToDictionary(c => c.Header, StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new List<(int, SpreadsheetColumn)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!known.TryGetValue(name, out var column))
            {
                errors.Add(new(name, ImportErrors.UnknownColumn));
            }
            else if (!found.TryAdd(name, i))
            {
                errors.Add(new(name, ImportErrors.DuplicateColumn));
            }
            else if (column.Kind is ColumnKind.Name or ColumnKind.Value)
            {
                // parent.name and the picker's .names columns are for reading only.
                cells.Add((i, column));
            }
        }

        errors.AddRange(new[] { "key", "type" }.Where(c => !found.ContainsKey(c)).Select(c => new ImportError(c, ImportErrors.MissingColumn)));
        var cultures = cells.Select(c => c.Item2.Culture).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return errors.Count > 0 ? null : new Columns(found["key"], found["type"], found.GetValueOrDefault("parent.key", -1), cells, cultures);
    }

    private ImportRow Compare(int number, ContentType type, Guid key, NodeRecord? node, NodeRecord? parent, ContentData? parentDraft, Columns columns,
        Func<int, string> cell, List<ImportError> errors, Dictionary<Guid, NodeRecord> byKey, List<(string, PropertyType, string?)> pickers, Command command)
    {
        var before = node is null ? null : ContentData.Deserialize(node.DraftData);
        var after = node is null ? new ContentData() : ContentData.Deserialize(node.DraftData);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        var changes = new List<ImportChange>();
        var cultures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, column) in columns.Cells.Where(c => c.Column.Kind == ColumnKind.Name))
        {
            // An invariant type has one name, written in every culture's column: the first column holds it.
            var culture = type.VariesByCulture ? column.Culture : string.Empty;
            if (!names.TryAdd(culture, ItemName.Clean(cell(index))))
            {
                continue;
            }

            var old = after.Names.GetValueOrDefault(culture) ?? string.Empty;
            if (names[culture].Length > 255)
            {
                errors.Add(new(column.Header, ImportErrors.NameTooLong));
            }
            else if (names[culture] != old)
            {
                changes.Add(new(column.Header, old, names[culture]));
                cultures.Add(culture);
                if (names[culture].Length == 0)
                {
                    after.Names.Remove(culture);
                }
                else
                {
                    after.Names[culture] = names[culture];
                }
            }
        }

        if (after.Names.Count == 0)
        {
            errors.Add(new(columns.Cells.FirstOrDefault(c => c.Column.Kind == ColumnKind.Name).Column?.Header ?? "name", ImportErrors.NameRequired));
        }

        var context = new EditorContext(schema);
        var present = new HashSet<(string, string)>();
        foreach (var (index, column) in columns.Cells.Where(c => c.Column.Kind == ColumnKind.Value))
        {
            var raw = cell(index);
            if (schema.Property(type, column.Alias!) is not { } property)
            {
                if (raw.Trim().Length > 0)
                {
                    errors.Add(new(column.Header, ImportErrors.NoSuchProperty));
                }

                continue;
            }

            var culture = Publishing.ValueCulture(type, property, column.Culture);
            var old = after.Value(property.Alias, culture);
            // An existing item's cell equal to the stored value is unchanged; a new item's empty cell is still checked (mandatory).
            if (!present.Add((property.Alias, culture)) || (node is not null && raw == (old ?? string.Empty)))
            {
                continue;
            }

            var result = PropertyValidator.Validate(property, raw.Length == 0 ? null : raw, context);
            if (!result.IsValid)
            {
                errors.Add(new(column.Header, ImportErrors.Invalid, Error: result.Error));
                continue;
            }

            foreach (var udi in SpreadsheetLayout.IsDocumentPicker(property) ? (result.Value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                if (Udi.TryParse(udi, out _, out var picked) && !byKey.ContainsKey(picked))
                {
                    errors.Add(new(column.Header, ImportErrors.UnknownPicked, udi));
                }
            }

            if (result.Value != old)
            {
                pickers.Add((column.Header, property, result.Value));
                if (!values.TryGetValue(property.Alias, out var byCulture))
                {
                    values[property.Alias] = byCulture = new(StringComparer.Ordinal);
                }

                byCulture[culture] = raw.Length == 0 ? null : raw;
                changes.Add(new(column.Header, old ?? string.Empty, result.Value ?? string.Empty));
                cultures.Add(culture);
                after.SetValue(property.Alias, culture, result.Value);
            }
        }

        if (node is null)
        {
            MandatoryWithoutColumn(type, columns, present, context, errors);
        }

        // "" is the shared values, which belong to the default language (Umbraco 17's language permissions).
        if (cultures.FirstOrDefault(c => command.MayEditCulture?.Invoke(c) == false) is { } refused)
        {
            errors.Add(new("key", ImportErrors.Invalid, Error: new CmsError(ContentCodes.CultureNotAllowed, refused.Length == 0 ? schema.DefaultCulture : refused)));
        }

        if (ReviewRule.IsNewlyMarked(after, before) && ReviewRule.Refusal(schema, type, after, parentDraft) is { } refusal)
        {
            errors.Add(new(Catalogue.Review.LastReviewed, ImportErrors.Invalid, Error: new CmsError(refusal)));
        }

        var name = after.Names.GetValueOrDefault(type.VariesByCulture ? schema.DefaultCulture : string.Empty) ?? after.Names.Values.FirstOrDefault() ?? string.Empty;
        var action = errors.Count > 0 ? ImportAction.Invalid : node is null ? ImportAction.Create : changes.Count > 0 ? ImportAction.Change : ImportAction.Unchanged;
        var save = action is ImportAction.Create or ImportAction.Change
            ? new SaveContentCommand(key, parent?.Key, type.Alias, names.Where(n => node is null || after.Names.GetValueOrDefault(n.Key) != before!.Names.GetValueOrDefault(n.Key)).ToDictionary(),
                values.ToDictionary(v => v.Key, v => (IReadOnlyDictionary<string, string?>)v.Value), node?.Version, command.UserName)
            : null;
        return new ImportRow(number, type.Alias, name, action, changes, errors, save, [.. cultures.Where(c => c.Length > 0).Order(StringComparer.Ordinal)]);
    }

    /// <summary>A new item's mandatory properties need a value even when the file has no column for them.</summary>
    private void MandatoryWithoutColumn(ContentType type, Columns columns, HashSet<(string, string)> present, EditorContext context, List<ImportError> errors)
    {
        foreach (var property in schema.PropertiesOf(type).Where(p => p.Mandatory))
        {
            var variant = type.VariesByCulture && property.VariesByCulture;
            foreach (var culture in variant ? columns.Cultures : [string.Empty])
            {
                if (!present.Contains((property.Alias, culture)) && PropertyValidator.Validate(property, null, context) is { IsValid: false } result)
                {
                    var header = culture.Length == 0 ? property.Alias : property.Alias + "." + SpreadsheetLayout.Suffix(culture);
                    errors.Add(new(header, ImportErrors.Invalid, Error: result.Error));
                }
            }
        }
    }
}
