using NmZaMe.Cms.Content;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Spreadsheets;

/// <summary>What an import would do with a row.</summary>
public enum ImportAction
{
    Create,
    Change,
    Unchanged,
    Invalid,
}

/// <summary>The codes of import errors; the host words them (a value's own error is the editor's sentence, in Detail).</summary>
public static class ImportErrors
{
    /// <summary>A column the import needs is not in the header (Detail: its name).</summary>
    public const string MissingColumn = "column.missing";

    /// <summary>A header that is not in the layout, e.g. a typo or a property that no longer exists.</summary>
    public const string UnknownColumn = "column.unknown";

    public const string DuplicateColumn = "column.duplicate";

    /// <summary>The type is not <c>organisation</c> or <c>service</c> (Detail: the value).</summary>
    public const string UnknownType = "type.unknown";

    /// <summary>The key is not a GUID.</summary>
    public const string BadKey = "key.bad";

    /// <summary>No item with this key in the importer's part of the tree: missing, in the recycle bin or someone else's, which look alike.</summary>
    public const string UnknownKey = "key.unknown";

    /// <summary>The key is in the file twice (Detail: the first row's number).</summary>
    public const string DuplicateKey = "key.duplicate";

    /// <summary>The key belongs to an item of another type than the row says (Detail: that type).</summary>
    public const string OtherType = "key.otherType";

    /// <summary>A new row's parent is missing, not a GUID or outside the importer's part of the tree.</summary>
    public const string UnknownParent = "parent.unknown";

    /// <summary>The type may not live under that parent (a service under a folder).</summary>
    public const string ParentNotAllowed = "parent.notAllowed";

    /// <summary>An existing row names another parent: moving is done in the tree, not by import.</summary>
    public const string Move = "parent.move";

    public const string NameRequired = "name.required";

    public const string NameTooLong = "name.tooLong";

    /// <summary>A value in a column the row's type does not have.</summary>
    public const string NoSuchProperty = "property.none";

    /// <summary>A picker points to an item that does not exist (Detail: the UDI).</summary>
    public const string UnknownPicked = "picked.unknown";

    /// <summary>The property's validation (mandatory, pattern, the editor's rules) refused the value (Detail: its sentence or code).</summary>
    public const string Invalid = "value.invalid";
}

/// <summary>
/// One error: the column it is in ("" for the row as a whole) and its code; for <see cref="ImportErrors.Invalid"/> the
/// save's own error (<see cref="Error"/>), which the back office words as it does in the editor.
/// </summary>
public sealed record ImportError(string Column, string Code, string? Detail = null, CmsError? Error = null);

/// <summary>A cell that differs from the current draft: old and new stored values.</summary>
public sealed record ImportChange(string Column, string Old, string New);

/// <summary>
/// One row of the file: its number as a spreadsheet program shows it (the header is row 1), what would happen, and the
/// save command when something would. <see cref="Cultures"/> are those the row changes, for a request for approval.
/// </summary>
public sealed record ImportRow(
    int Number,
    string Type,
    string Name,
    ImportAction Action,
    IReadOnlyList<ImportChange> Changes,
    IReadOnlyList<ImportError> Errors,
    SaveContentCommand? Command,
    IReadOnlyList<string> Cultures);

/// <summary>The preview of an import: errors of the file as a whole (the header), then every row.</summary>
public sealed record ImportPlan(IReadOnlyList<ImportError> FileErrors, IReadOnlyList<ImportRow> Rows)
{
    public bool HasErrors => FileErrors.Count > 0 || Rows.Any(r => r.Errors.Count > 0);

    public int Count(ImportAction action) => Rows.Count(r => r.Action == action);
}
