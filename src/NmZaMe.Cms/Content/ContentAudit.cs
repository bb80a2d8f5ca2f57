using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Content;

/// <summary>The audit line each content use case adds in the same transaction as its change.</summary>
public static class ContentAudit
{
    private const int CultureLength = 16;

    public static void Add(CmsDbContext db, Guid key, string action, string? userName, DateTime date, string? culture = null, string? detail = null)
    {
        // The culture column holds one or two cultures; a longer list goes to the detail so nothing is cut off.
        if (culture is { Length: > CultureLength })
        {
            detail = detail is null ? culture : $"{culture}; {detail}";
            culture = null;
        }

        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = key,
            Date = date,
            UserName = userName,
            Action = action,
            Culture = string.IsNullOrEmpty(culture) ? null : culture,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
    }
}
