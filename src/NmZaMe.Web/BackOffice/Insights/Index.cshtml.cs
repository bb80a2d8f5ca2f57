using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Insights;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Insights;

/// <summary>
/// "Kaj ljudje iščejo": anonymous counts of public searches for the office (see <see cref="ReadSearchInsights"/>), a CSV
/// export, and one step from a query that found nothing, or where nothing was opened, to a lexicon entry.
/// </summary>
[Authorize(Policy = BackOfficePolicies.Insights)]
public sealed class IndexModel(ReadSearchInsights read, ISnapshotSource snapshots, CmsDbContext db, NmZaMe.Cms.Changes.ContentCommit commit, BackOfficeText T) : PageModel
{
    public static readonly int[] Periods = [7, 30, 90, 365];
    private const int Months = 12;

    public ReadSearchInsights.Result Insights { get; private set; } = null!;

    public int Days { get; private set; } = 30;

    /// <summary>Life situations in the catalogue's order: rows of the monthly table and choices when adding to the lexicon.</summary>
    public IReadOnlyList<PublishedContent> LifeChallenges { get; private set; } = [];

    public bool CanAddToLexicon => User.HasClaim(Permissions.ClaimType, Permissions.ContentPublish);

    [TempData]
    public Guid? Added { get; set; }

    public async Task OnGetAsync(int? days, CancellationToken cancellationToken) => await LoadAsync(days, cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(int? days, CancellationToken cancellationToken)
    {
        await LoadAsync(days, cancellationToken);
        var csv = new StringBuilder("query,culture,searches,without_results,opened,previous_period\r\n");
        foreach (var row in Insights.Top)
        {
            csv.Append(Field(row.Query)).Append(',').Append(row.Culture).Append(',').Append(row.Searches).Append(',').Append(row.WithoutResults).Append(',')
                .Append(row.Opened).Append(',').Append(row.PreviousSearches).Append("\r\n");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"kaj-ljudje-iscejo-{Insights.To:yyyy-MM-dd}-{Days}d.csv");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    public async Task<IActionResult> OnPostLexiconAsync(string? query, string? culture, string? terms, Guid? lifeChallenge, int? days, CancellationToken cancellationToken)
    {
        if (!CanAddToLexicon)
        {
            return Forbid();
        }

        var snapshot = snapshots.Current;
        var schema = snapshot.Schema;
        var add = new AddQueryToLexicon(new SaveContent(db, schema, commit), new PublishContent(db, schema, commit), snapshots);
        var result = await add.ExecuteAsync(new AddQueryToLexicon.Command(query ?? string.Empty, culture ?? schema.DefaultCulture, terms, lifeChallenge, User.Identity?.Name), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, error) in result.Errors)
            {
                ModelState.AddModelError(field, T[error]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(days, cancellationToken);
            return Page();
        }

        Added = result.Key;
        return RedirectToPage(new { days });
    }

    // The engine returns codes; these are the Slovenian words, which are also the keys of insights.en.json.
    public static IReadOnlyDictionary<string, string> LexiconErrors { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AddQueryToLexicon.Errors.EmptyOrMasked] = "Iskanje je prazno ali vsebuje prikrite osebne podatke.",
        [AddQueryToLexicon.Errors.UnknownCulture] = "Neznan jezik.",
        [AddQueryToLexicon.Errors.NoLexiconFolder] = "Leksikon iskanja ne obstaja. Ustvarite mapo »Leksikon iskanja«.",
        [AddQueryToLexicon.Errors.NotLifeChallenge] = "Izberite življenjsko situacijo.",
        [AddQueryToLexicon.Errors.NothingToMapTo] = "Vpišite izraze iz kataloga ali izberite življenjsko situacijo.",
    };

    private async Task LoadAsync(int? days, CancellationToken cancellationToken)
    {
        Days = days is { } d && Periods.Contains(d) ? d : 30;
        Insights = await read.RunAsync(Days, Months, cancellationToken);
        var snapshot = snapshots.Current;
        LifeChallenges = snapshot.All.Where(c => c.ContentType.Alias == "lifeChallenge").OrderBy(c => c.SortOrder).ToList();
    }

    // Quotes every field and neutralises a leading formula character, so a spreadsheet never runs a query as a formula.
    private static string Field(string value) =>
        "\"" + (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
