using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Scheduling;

/// <summary>Release and expiry times (UTC) for one culture ("" for an invariant item); a null time leaves that entry as it is.</summary>
public sealed record ScheduleRequest(string Culture, DateTime? PublishAt, DateTime? UnpublishAt);

/// <summary>
/// Sets when cultures of an item are published or unpublished (Umbraco's release and expire dates). Every field is
/// checked before anything is stored; errors are keyed "publish[culture]", "unpublish[culture]" or "culture[culture]".
/// </summary>
public sealed class ScheduleContent(CmsDbContext db, ContentSchema schema)
{
    public async Task<ContentResult> ExecuteAsync(Guid key, IReadOnlyList<ScheduleRequest> requests, DateTime nowUtc, string? userName = null, CancellationToken cancellationToken = default)
    {
        var node = await db.Nodes.FirstOrDefaultAsync(n => n.Key == key && !n.Trashed && n.Kind == ContentKind.Document, cancellationToken);
        var type = node is null ? null : schema.GetContentType(node.ContentTypeAlias);
        if (node is null || type is null)
        {
            return ContentResult.NotFound(key);
        }

        var existing = await db.ContentSchedules.Where(s => s.NodeId == node.Id).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, CmsError>(StringComparer.Ordinal);
        var accepted = new List<ScheduleRequest>();
        foreach (var request in requests.Where(r => r.PublishAt is not null || r.UnpublishAt is not null))
        {
            var culture = type.VariesByCulture ? schema.NormaliseCulture(request.Culture) : request.Culture.Length == 0 ? string.Empty : null;
            if (culture is null)
            {
                errors[Key("culture", request.Culture)] = new CmsError(ContentCodes.CultureNotOnItem, request.Culture);
                continue;
            }

            var before = errors.Count;
            if (request.PublishAt is { } publish && publish <= nowUtc)
            {
                errors[Key("publish", culture)] = new CmsError(ContentCodes.PublishInPast);
            }

            if (request.UnpublishAt is { } unpublish)
            {
                var publishAt = request.PublishAt ?? existing.FirstOrDefault(s => s.Culture == culture && s.Action == ScheduleAction.Publish)?.Date;
                if (unpublish <= nowUtc)
                {
                    errors[Key("unpublish", culture)] = new CmsError(ContentCodes.UnpublishInPast);
                }
                else if (publishAt is { } p && unpublish <= p)
                {
                    errors[Key("unpublish", culture)] = new CmsError(ContentCodes.UnpublishBeforePublish);
                }
            }

            if (errors.Count == before)
            {
                accepted.Add(request with { Culture = culture });
            }
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(key, errors);
        }

        foreach (var request in accepted)
        {
            Set(node, existing, request.Culture, ScheduleAction.Publish, request.PublishAt, nowUtc, userName);
            Set(node, existing, request.Culture, ScheduleAction.Unpublish, request.UnpublishAt, nowUtc, userName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContentResult.Ok(key, node.Version);
    }

    /// <summary>How a schedule entry is described in the audit log (times in UTC, ISO 8601).</summary>
    public static string Describe(ScheduleAction action, DateTime dateUtc) =>
        $"{(action == ScheduleAction.Publish ? "Objava" : "Preklic objave")} {dateUtc:yyyy-MM-dd'T'HH:mm'Z'}";

    private void Set(NodeRecord node, List<ContentScheduleRecord> existing, string culture, ScheduleAction action, DateTime? date, DateTime nowUtc, string? userName)
    {
        if (date is not { } when)
        {
            return;
        }

        var entry = existing.FirstOrDefault(s => s.Culture == culture && s.Action == action);
        if (entry is null)
        {
            entry = new ContentScheduleRecord { NodeId = node.Id, Culture = culture, Action = action };
            db.ContentSchedules.Add(entry);
            existing.Add(entry);
        }

        entry.Date = when;
        entry.UserName = userName;
        db.AuditEntries.Add(new AuditEntryRecord
        {
            NodeKey = node.Key, Date = nowUtc, UserName = userName, Action = "Schedule", Culture = culture.Length == 0 ? null : culture, Detail = Describe(action, when),
        });
    }

    private static string Key(string field, string culture) => culture.Length == 0 ? field : $"{field}[{culture}]";
}
