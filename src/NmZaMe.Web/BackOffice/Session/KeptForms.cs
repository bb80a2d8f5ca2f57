using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace NmZaMe.Web.BackOffice.Session;

/// <summary>
/// Forms posted after the session had expired, kept so that the editor who typed them gets them back after signing in
/// (review B5). Each is stored for its owner only: the payload is encrypted with a data-protection purpose that
/// includes the owner's user id and looked up by that id, so no other account can read it, and it lives at most
/// <see cref="Lifetime"/> in this process's memory. Files are not kept (their bytes could be large and are easy to
/// choose again); the notice says so.
/// </summary>
public sealed class KeptForms(IDataProtectionProvider protection, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Larger forms are not kept (and the editor is told), so a flood of posts cannot fill the memory.</summary>
    public const int MaxChars = 2_000_000;

    private const string ItemKey = "nmzame.keptForm";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64_000_000 });

    /// <summary>The posted fields (in order, a name may repeat) and how many files were left out.</summary>
    public sealed record Kept(IReadOnlyList<KeyValuePair<string, string>> Fields, int Files)
    {
        public FormCollection ToForm() => new(Fields.GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StringValues(g.Select(f => f.Value).ToArray()), StringComparer.Ordinal));
    }

    /// <summary>Keeps the form for its owner; false when it is too large to keep.</summary>
    public bool Keep(Guid owner, string url, Kept form)
    {
        if (form.Fields.Sum(f => f.Key.Length + f.Value.Length) > MaxChars)
        {
            return false;
        }

        var payload = Protector(owner).Protect(JsonSerializer.SerializeToUtf8Bytes(form));
        _cache.Set(Key(owner, url), payload, new MemoryCacheEntryOptions
        {
            AbsoluteExpiration = time.GetUtcNow() + Lifetime,
            Size = payload.Length,
        });
        return true;
    }

    /// <summary>The owner's kept form for this address, removed from the store: it is offered once.</summary>
    public Kept? Take(Guid owner, string url)
    {
        var key = Key(owner, url);
        if (!_cache.TryGetValue(key, out byte[]? payload) || payload is null)
        {
            return null;
        }

        _cache.Remove(key);
        return JsonSerializer.Deserialize<Kept>(Protector(owner).Unprotect(payload));
    }

    /// <summary>
    /// The signed-in user's kept form for the address being shown, at most once per request: the page that can restore
    /// it into its own fields takes it first; otherwise the layout offers it to the script (and lists it without one).
    /// </summary>
    public static Kept? TakeFor(HttpContext context)
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

        return context.RequestServices.GetRequiredService<KeptForms>().Take(owner, UrlOf(context.Request));
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

    public void Dispose() => _cache.Dispose();

    private static string Key(Guid owner, string url) => owner.ToString("N") + "\n" + url;

    private IDataProtector Protector(Guid owner) => protection.CreateProtector("NmZaMe.BackOffice.KeptForm.v1", owner.ToString("N"));
}
