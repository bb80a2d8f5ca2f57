using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Settings;

/// <summary>One data type: its editor and configuration, and the document types that use it.</summary>
[Authorize(Policy = BackOfficePolicies.Settings)]
public sealed class DataTypeModel(ISnapshotSource snapshots) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public DataType DataType { get; private set; } = null!;

    public string Configuration { get; private set; } = string.Empty;

    public IReadOnlyList<(ContentType Type, PropertyType Property)> UsedBy { get; private set; } = [];

    public IActionResult OnGet(Guid key)
    {
        var schema = snapshots.Current.Schema;
        if (!schema.DataTypes.TryGetValue(key, out var dataType))
        {
            return NotFound();
        }

        DataType = dataType;
        Configuration = dataType.Config.ToJsonString(Indented);
        UsedBy = schema.ContentTypes
            .SelectMany(t => t.Properties.Where(p => p.DataTypeKey == key).Select(p => (t, p)))
            .OrderBy(u => u.t.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return Page();
    }
}
