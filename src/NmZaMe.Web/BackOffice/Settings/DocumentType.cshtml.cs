using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Settings;

/// <summary>One document or element type with its compositions resolved, the way the edit form will show it.</summary>
[Authorize(Policy = BackOfficePolicies.Settings)]
public sealed class DocumentTypeModel(ISnapshotSource snapshots) : PageModel
{
    public sealed record Property(PropertyType Type, DataType? DataType, string? InheritedFrom);

    public sealed record Group(string Caption, IReadOnlyList<Property> Properties);

    public ContentType Type { get; private set; } = null!;

    public IReadOnlyList<ContentType> AllowedChildren { get; private set; } = [];

    public IReadOnlyList<ContentType> Compositions { get; private set; } = [];

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public IActionResult OnGet(string alias)
    {
        var schema = snapshots.Current.Schema;
        if (schema.GetContentType(alias) is not { Kind: ContentKind.Document } type)
        {
            return NotFound();
        }

        Type = type;
        AllowedChildren = type.AllowedChildren.OrderBy(c => c.SortOrder).Select(c => schema.GetContentType(c.Key) ?? schema.GetContentType(c.Alias)).OfType<ContentType>().ToList();
        Compositions = type.Compositions.Select(c => schema.GetContentType(c.Key) ?? schema.GetContentType(c.Alias)).OfType<ContentType>().ToList();
        var owner = Compositions.SelectMany(c => c.Properties.Select(p => (p.Key, c.Name))).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Name);
        Groups = schema.PropertiesOf(type)
            .GroupBy(p => p.TabCaption ?? p.TabAlias ?? string.Empty)
            .Select(g => new Group(g.Key, g.Select(p => new Property(p, schema.DataTypes.GetValueOrDefault(p.DataTypeKey), type.Properties.Contains(p) ? null : owner.GetValueOrDefault(p.Key))).ToList()))
            .ToList();
        return Page();
    }
}
