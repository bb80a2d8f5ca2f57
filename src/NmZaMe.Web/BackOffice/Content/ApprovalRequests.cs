using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>A waiting request to change the live site, in the approver's words: what would change, asked by whom and when.</summary>
public sealed record ApprovalRequest(long Id, Guid Key, string Description, string RequestedBy, DateTime RequestedAt);

/// <summary>Waiting change requests the current editor may decide on (their item within the start nodes), described for the approvals page.</summary>
public static class ApprovalRequests
{
    public static async Task<List<ApprovalRequest>> ForAsync(CmsDbContext db, CurrentEditor editor, ContentSchema schema, BackOfficeText T, CancellationToken cancellationToken)
    {
        var waiting = await ContentRequests.WaitingAsync(db, cancellationToken);
        var keys = waiting.Select(r => r.NodeKey)
            .Concat(waiting.Where(r => r.Kind == ContentRequestKind.Move).Select(r => Guid.TryParse(r.Argument, out var k) ? k : Guid.Empty))
            .Concat(waiting.Where(r => r.Kind == ContentRequestKind.Sort).SelectMany(r => ContentRequests.Order(r.Argument)))
            .Concat(waiting.Where(r => r.Kind == ContentRequestKind.PublishBranch).SelectMany(r => ContentRequests.Branch(r.Argument).Select(i => i.Key)))
            .Where(k => k != Guid.Empty).Distinct().ToList();
        var nodes = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).ToDictionaryAsync(n => n.Key, cancellationToken);
        string Name(Guid key) => key == Guid.Empty ? T["koren vsebine"] : nodes.TryGetValue(key, out var n) ? NodeNames.Of(n, schema) : key.ToString();

        var result = new List<ApprovalRequest>();
        foreach (var request in waiting)
        {
            var node = nodes.GetValueOrDefault(request.NodeKey);
            var mine = request.NodeKey == Guid.Empty ? editor.AllowsRoot : node is not null && !node.Trashed && editor.Allows(node);
            if (!mine)
            {
                continue;
            }

            var description = request.Kind switch
            {
                ContentRequestKind.Move => T["Premik »{0}« pod »{1}«", Name(request.NodeKey), Name(Guid.TryParse(request.Argument, out var to) ? to : Guid.Empty)],
                ContentRequestKind.Sort => T["Nov vrstni red pod »{0}«: {1}", Name(request.NodeKey), string.Join(", ", ContentRequests.Order(request.Argument).Select(Name))],
                ContentRequestKind.Unpublish => T["Preklic objave »{0}« ({1})", Name(request.NodeKey), request.Argument.Length == 0 ? T["vsi jeziki"] : request.Argument],
                // Every item that would go live, with its cultures, so the approver sees the whole branch before one click.
                ContentRequestKind.PublishBranch => T["Objava »{0}« s podrejenimi ({1}): {2}", Name(request.NodeKey), ContentRequests.Branch(request.Argument).Count,
                    string.Join(", ", ContentRequests.Branch(request.Argument).Select(i => i.Cultures.Count == 0 ? Name(i.Key) : $"{Name(i.Key)} ({string.Join(", ", i.Cultures)})"))],
                _ => T["Premik »{0}« v koš", Name(request.NodeKey)],
            };
            result.Add(new ApprovalRequest(request.Id, request.NodeKey, description, request.RequestedBy, request.RequestedAt));
        }

        return result;
    }
}
