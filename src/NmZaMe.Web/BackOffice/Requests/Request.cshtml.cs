using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.BackOffice.Requests;

/// <summary>One call-back request: opening it unseals the contact and is written to its access log, as is every status change.</summary>
[Authorize(Policy = BackOfficePolicies.OfficeRequests)]
public sealed class RequestModel(OpenCallBack open, ChangeCallBackStatus change, CallBackInbox inbox, ISnapshotSource snapshots) : PageModel
{
    public OpenCallBack.Opened Opened { get; private set; } = null!;

    public IReadOnlyList<CallBackInbox.Access> AccessLog { get; private set; } = [];

    public ISnapshotSource Snapshots => snapshots;

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await open.ExecuteAsync(key, User.Identity!.Name!, cancellationToken) is not { } opened)
        {
            return NotFound();
        }

        Opened = opened;
        AccessLog = await inbox.AccessLogAsync(key, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid key, string? status, CancellationToken cancellationToken)
    {
        if (IndexModel.Parse(status) is not { } to)
        {
            return BadRequest();
        }

        return await change.ExecuteAsync(key, to, User.Identity!.Name!, cancellationToken)
            ? Redirect($"/umbraco/requests/{key}")
            : NotFound();
    }
}
