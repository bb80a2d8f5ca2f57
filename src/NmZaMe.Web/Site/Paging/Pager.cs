namespace NmZaMe.Web.Site.Paging;

/// <summary>One numbered link of a pager; <see cref="Url"/> is null for the gap ("…") between distant numbers.</summary>
public sealed record PageLink(int Number, string? Url, bool Current);

/// <summary>
/// Numbered pages as plain links (they work without JavaScript and keep every filter in the address): previous, the
/// first and last page, two either side of the current one, next.
/// </summary>
public sealed record Pager(int PageNumber, int PageCount, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLink> Links)
{
    /// <summary>Requested page numbers beyond this are treated as this: no one pages a thousand times by hand.</summary>
    public const int MaxPage = 10_000;

    public static int Parse(string? value) => long.TryParse(value, out var page) ? (int)Math.Clamp(page, 1, MaxPage) : 1;

    public static int Count(long total, int pageSize) => Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));

    /// <summary>Null when everything fits on one page. <paramref name="url"/> gives a page's address (page 1 without a number).</summary>
    public static Pager? Build(int pageNumber, int pageCount, Func<int, string> url)
    {
        if (pageCount <= 1)
        {
            return null;
        }

        var current = Math.Clamp(pageNumber, 1, pageCount);
        var links = new List<PageLink>();
        for (var n = 1; n <= pageCount; n++)
        {
            if (n == 1 || n == pageCount || Math.Abs(n - current) <= 2)
            {
                links.Add(new PageLink(n, url(n), n == current));
            }
            else if (links[^1].Url is not null)
            {
                links.Add(new PageLink(n, null, false));
            }
        }

        return new Pager(current, pageCount, current > 1 ? url(current - 1) : null, current < pageCount ? url(current + 1) : null, links);
    }
}
