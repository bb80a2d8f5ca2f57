using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Primitives;
using NmZaMe.Cms.Sessions;

namespace NmZaMe.Web.BackOffice.Session;

/// <summary>
/// Forms posted after the session had expired, kept so that the editor who typed them gets them back after signing in
/// (review B5), on any node and after a restart: they are stored in the database (<see cref="KeptFormStore"/>, one
/// hour, one per address and account). Each is sealed for its owner: the payload is encrypted with a data-protection
/// purpose that includes the owner's user id (the keys are shared by the nodes) and looked up by that id, so no other
/// account can read it. Files are not kept (their bytes could be large and are easy to choose again); the notice says so.
/// </summary>
public sealed class KeptForms(KeptFormStore store, IDataProtectionProvider protection)
{
    public static TimeSpan Lifetime => KeptFormStore.Lifetime;

    /// <summary>Larger forms are not kept (and the editor is told), so a flood of posts cannot fill the database.</summary>
    public const int MaxChars = 2_000_000;

    private const string ItemKey = "nmzame.keptForm";

    /// <summary>The posted fields (in order, a name may repeat) and how many files were left out.</summary>
    public sealed record Kept(IReadOnlyList<KeyValuePair<string, string>> Fields, int Files)
    {
        public FormCollection ToForm() => new(Fields.GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StringValues(g.Select(f => f.Value).ToArray()), StringComparer.Ordinal));
    }

    /// <summary>Keeps the form for its owner; false when it is too large to keep.</summary>
    public async Task<bool> KeepAsync(Guid owner, string url, Kept form, CancellationToken cancellationToken)
    {
        if (form.Fields.Sum(f => f.Key.Length + f.Value.Length) > MaxChars)
        {
            return false;
        }

        await store.KeepAsync(owner, url, Protector(owner).Protect(JsonSerializer.SerializeToUtf8Bytes(form)), cancellationToken);
        return true;
    }

    /// <summary>The owner's kept form for this address, removed from the store: it is offered once.</summary>
    public async Task<Kept?> TakeAsync(Guid owner, string url, CancellationToken cancellationToken)
    {
        if (await store.TakeAsync(owner, url, cancellationToken) is not { } payload)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Kept>(Protector(owner).Unprotect(payload));
        }
        catch (CryptographicException)
        {
            // Sealed with a key the nodes no longer have: nothing can be offered.
            return null;
        }
    }

    /// <summary>
    /// The signed-in user's kept form for the address being shown, at most once per request: the page that can restore
    /// it into its own fields takes it first; otherwise the layout offers it to the script (and lists it without one).
    /// </summary>
    public static async Task<Kept?> TakeForAsync(HttpContext context)
    {
        if (context.Items.ContainsKey(ItemKey))
        {
            return null;
        }

        context.Items[ItemKey] = true;
        if (!HttpMethods.IsGet(context.Request.Method)
            || !Guid.TryParse(context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var owner))
        {
            return null;
        }

        // Not cancelled with the request: once the row is deleted, the form must reach the page.
        return await context.RequestServices.GetRequiredService<KeptForms>().TakeAsync(owner, UrlOf(context.Request), CancellationToken.None);
    }

    /// <summary>Marks that the page restored a kept form itself, so the layout shows the form as unsaved.</summary>
    public static void MarkRestored(HttpContext context) => context.Items[ItemKey + ".restored"] = true;

    public static bool WasRestored(HttpContext context) => context.Items.ContainsKey(ItemKey + ".restored");

    /// <summary>The address a form was posted to and is shown again at: the page's own, without a handler name.</summary>
    public static string UrlOf(HttpRequest request)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove("handler");
        return BackOfficePaths.SafeReturnUrl(request.Path.Value + QueryString.Create(query).ToUriComponent());
    }

    private IDataProtector Protector(Guid owner) => protection.CreateProtector("NmZaMe.BackOffice.KeptForm.v1", owner.ToString("N"));
}
