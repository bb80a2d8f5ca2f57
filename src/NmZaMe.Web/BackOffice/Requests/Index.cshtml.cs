using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.Site.Hours;

namespace NmZaMe.Web.BackOffice.Requests;

/// <summary>
/// "Prošnje za klic": the office's inbox of call-back requests. The list shows no personal data; opening one
/// (<see cref="RequestModel"/>) and the export are written to the access log.
/// </summary>
[Authorize(Policy = BackOfficePolicies.OfficeRequests)]
public sealed class IndexModel(CallBackInbox inbox, ExportCallBacks export, ISnapshotSource snapshots, BackOfficeText T, NovoMestoClock clock) : PageModel
{
    public IReadOnlyList<CallBackInbox.Row> Rows { get; private set; } = [];

    public IReadOnlyDictionary<CallBackStatus, int> Counts { get; private set; } = new Dictionary<CallBackStatus, int>();

    public CallBackStatus? Status { get; private set; }

    public ISnapshotSource Snapshots => snapshots;

    public async Task OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        Status = Parse(status);
        Rows = await inbox.ListAsync(Status, cancellationToken);
        Counts = await inbox.CountsAsync(cancellationToken);
    }

    /// <summary>A CSV of the requests with this status, contacts included; each exported request is logged.</summary>
    public async Task<IActionResult> OnPostExportAsync(string? status, CancellationToken cancellationToken)
    {
        var rows = await export.ExecuteAsync(Parse(status), User.Identity!.Name!, cancellationToken);
        var csv = new StringBuilder("arrived,status,language,contact,first_name,reachable,note,life_situation,service,delete_on\r\n");
        foreach (var (request, contact) in rows)
        {
            csv.AppendJoin(',',
                Field(NovoMestoClock.ToLocal(request.ArrivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), Field(request.Status.ToString()), Field(request.Language),
                Field(contact.Contact), Field(contact.FirstName), Field(contact.Reachable), Field(contact.Note),
                Field(RequestNames.Item(snapshots, T, request.LifeChallenge)), Field(RequestNames.Item(snapshots, T, request.Service)),
                Field(request.DeleteAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("\r\n");
        }

        Response.Headers.CacheControl = "no-store";
        var name = string.Create(CultureInfo.InvariantCulture, $"prosnje-za-klic-{clock.Now:yyyy-MM-dd}.csv");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    public static CallBackStatus? Parse(string? status) => Enum.TryParse<CallBackStatus>(status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;

    // Quotes every field and neutralises a leading formula character, so a spreadsheet never runs a note as a formula.
    private static string Field(string? value)
    {
        value ??= string.Empty;
        return "\"" + (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
