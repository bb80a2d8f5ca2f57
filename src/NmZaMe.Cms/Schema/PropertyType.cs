namespace NmZaMe.Cms.Schema;

public sealed record PropertyType(
    Guid Key,
    string Alias,
    string Name,
    Guid DataTypeKey,
    string EditorAlias,
    bool Mandatory,
    string? ValidationRegex,
    string? Description,
    int SortOrder,
    string? TabAlias,
    string? TabCaption,
    Variations Variations,
    string? MandatoryMessage,
    string? ValidationRegexMessage,
    bool LabelOnTop)
{
    public bool VariesByCulture => Variations.VariesByCulture();
}
