using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Webhooks;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Webhooks;

/// <summary>
/// Create or edit a webhook (Umbraco's webhook workspace): enabled, name, description, URL, events, content types,
/// headers and payload type; "send test" and delete. Secret header values are write-only: left empty, they keep what
/// is stored. The signing secret is shown once, right after creation.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Webhooks)]
public sealed class EditModel(CmsDbContext db, SaveWebhook save, DeleteWebhook delete, SendWebhookTest test, ISnapshotSource snapshots, BackOfficeText T) : PageModel
{
    public sealed class HeaderInput
    {
        public string? Name { get; set; }

        public string? Value { get; set; }

        public bool Secret { get; set; }

        /// <summary>A secret already stored under this name (its value is never sent to the browser).</summary>
        public bool Stored { get; set; }
    }

    public sealed class WebhookInput
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public string? Url { get; set; }

        public bool Enabled { get; set; } = true;

        public WebhookPayloadType PayloadType { get; set; } = WebhookPayloadType.Legacy;

        public List<string> Events { get; set; } = [];

        public List<Guid> ContentTypes { get; set; } = [];

        public List<HeaderInput> Headers { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Key { get; set; }

    [BindProperty]
    public WebhookInput Input { get; set; } = new();

    public string? NewSigningSecret { get; private set; }

    public string? Message { get; private set; }

    public WebhookLogRecord? TestResult { get; private set; }

    public IReadOnlyList<ContentType> DocumentTypes { get; private set; } = [];

    public IReadOnlyList<ContentType> MediaTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (Key is { } key)
        {
            if (await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Key == key, cancellationToken) is not { } record)
            {
                return NotFound();
            }

            Input = new WebhookInput
            {
                Name = record.Name,
                Description = record.Description,
                Url = record.Url,
                Enabled = record.Enabled,
                PayloadType = record.PayloadType,
                Events = [.. WebhookJson.Events(record)],
                ContentTypes = [.. WebhookJson.ContentTypeKeys(record)],
                Headers = [.. WebhookJson.Headers(record).Select(h => new HeaderInput { Name = h.Name, Value = h.Secret ? null : h.Value, Secret = h.Secret, Stored = h.Secret })],
            };
        }

        Message = done == "saved" ? T["Webhook je shranjen."] : null;
        Prepare();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, T["Nekaterih vrednosti ni bilo mogoče prebrati; preverite obrazec."]);
            Prepare();
            return Page();
        }

        var result = await save.ExecuteAsync(new SaveWebhookCommand(
            Key, Input.Name, Input.Description, Input.Url ?? string.Empty, Input.Events, Input.ContentTypes,
            [.. Input.Headers.Select(h => new WebhookHeader(h.Name ?? string.Empty, h.Value ?? string.Empty, h.Secret))],
            Input.PayloadType, Input.Enabled), cancellationToken);
        if (result.Errors.Any(e => e.Error == WebhookError.NotFound))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var (field, error) in result.Errors)
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : "Input." + field, Describe(error));
            }

            Prepare();
            return Page();
        }

        if (Key is null)
        {
            // Shown here, once, instead of after a redirect: it is never stored anywhere it could be shown again.
            Key = result.Key;
            NewSigningSecret = result.NewSigningSecret;
            Prepare();
            return Page();
        }

        return RedirectToPage(new { key = result.Key, done = "saved" });
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (Key is not { } key || await test.ExecuteAsync(key, cancellationToken) is not { } log)
        {
            return NotFound();
        }

        TestResult = log;
        ModelState.Clear();
        return await OnGetAsync(null, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Key is not { } key || !await delete.ExecuteAsync(key, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage("Index", new { done = "deleted" });
    }

    private void Prepare()
    {
        var schema = snapshots.Current.Schema;
        DocumentTypes = [.. schema.ContentTypes.Where(t => t.Kind == ContentKind.Document && !t.IsElement).OrderBy(t => t.Name, StringComparer.CurrentCulture)];
        MediaTypes = [.. schema.ContentTypes.Where(t => t.Kind == ContentKind.Media).OrderBy(t => t.Name, StringComparer.CurrentCulture)];
        // Room for new headers below the stored ones.
        while (Input.Headers.Count(h => string.IsNullOrEmpty(h.Name)) < 2 && Input.Headers.Count < 20)
        {
            Input.Headers.Add(new HeaderInput());
        }
    }

    private string Describe(WebhookError error) => error switch
    {
        WebhookError.NoEvents => T["Izberite vsaj en dogodek."],
        WebhookError.UnknownEvent => T["Neznan dogodek."],
        WebhookError.InvalidUrl => T["Vpišite celoten naslov http:// ali https:// (brez uporabniškega imena in gesla)."],
        WebhookError.RefusedUrl => T["Ta naslov je v lokalnem ali zasebnem omrežju. Webhooki ga smejo klicati le, če ga skrbnik strežnika dovoli v nastavitvi NmZaMe:Webhooks:AllowedNetworks."],
        WebhookError.UnknownContentType => T["Neznana vrsta vsebine."],
        WebhookError.InvalidHeader => T["Ime glave sme imeti le črke, številke in znake -_.; vrednost ne sme imeti prelomov vrstic."],
        WebhookError.ReservedHeader => T["To glavo nastavi sistem sam."],
        WebhookError.TooLong => T["Ime sme imeti največ 200 znakov, opis največ 1000."],
        _ => T["Webhooka ni bilo mogoče shraniti."],
    };
}
