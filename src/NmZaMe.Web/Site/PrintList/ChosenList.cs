using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Site.PrintList;

/// <summary>
/// The services a person has put on their list, in the order they were added. It lives only in the address
/// (<c>?list=ef0433a53b81.f2b41f699a42</c>): every site link and form carries it on, so nothing is stored and no cookie
/// is set. An id is the first 12 hex digits of the service's key: short enough for a printed address, stable across
/// databases (keys come from uSync), and 48 bits make a clash unlikely even at 100,000 services.
/// </summary>
public sealed class ChosenList
{
    public const string QueryKey = "list";
    public const int MaxItems = 25;
    private const int IdLength = 12;
    private static readonly char[] Separators = ['.', ',', ' '];
    private static readonly object ItemsKey = new();

    private ChosenList(IReadOnlyList<string> ids) => Ids = ids;

    public static ChosenList Empty { get; } = new([]);

    public IReadOnlyList<string> Ids { get; }

    public int Count => Ids.Count;

    /// <summary>The query value, or null for an empty list.</summary>
    public string? Value => Ids.Count == 0 ? null : string.Join('.', Ids);

    public static string ShortId(Guid key) => key.ToString("N")[..IdLength];

    /// <summary>Repeated <c>list=</c> values and dot-joined ones (forms send the first, links the second); older
    /// addresses with <c>id=&lt;key&gt;</c> still work. Anything else is ignored rather than refused.</summary>
    public static ChosenList Parse(IQueryCollection query)
    {
        var ids = new List<string>();
        foreach (var value in query[QueryKey])
        {
            foreach (var part in (value ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                Add(ids, part);
            }
        }

        foreach (var value in query["id"])
        {
            if (Guid.TryParse(value, out var key))
            {
                Add(ids, ShortId(key));
            }
        }

        return ids.Count == 0 ? Empty : new ChosenList(ids);
    }

    /// <summary>The list of this request, parsed once and shared by the page and every link on it.</summary>
    public static ChosenList Of(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemsKey, out var cached) && cached is ChosenList list)
        {
            return list;
        }

        list = Parse(context.Request.Query);
        context.Items[ItemsKey] = list;
        return list;
    }

    public bool Contains(string id) => Ids.Contains(id, StringComparer.Ordinal);

    public ChosenList Toggle(string id)
    {
        var ids = Ids.ToList();
        if (!ids.Remove(id))
        {
            Add(ids, id);
        }

        return ids.Count == 0 ? Empty : new ChosenList(ids);
    }

    /// <summary>Published, routable services on the list, in the list's order; ids of removed services drop out.</summary>
    public IReadOnlyList<PublishedContent> Resolve(SiteContext site)
    {
        if (Ids.Count == 0)
        {
            return [];
        }

        var wanted = new HashSet<string>(Ids, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new Dictionary<string, PublishedContent>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[32];
        foreach (var item in site.Snapshot.All)
        {
            if (item.ContentType.Alias == "service" && item.Key.TryFormat(buffer, out _, "N")
                && wanted.TryGetValue(buffer[..IdLength], out var id) && item.IsPublishedIn(site.Culture) && site.Url(item) is not null)
            {
                found[id] = item;
            }
        }

        return Ids.Select(found.GetValueOrDefault).OfType<PublishedContent>().ToArray();
    }

    /// <summary>The address with this list in place of any it had; the fragment stays last.</summary>
    public string ApplyTo(string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[hash..] : string.Empty;
        var withoutFragment = hash >= 0 ? url[..hash] : url;
        var question = withoutFragment.IndexOf('?');
        var path = question >= 0 ? withoutFragment[..question] : withoutFragment;
        var query = QueryHelpers.ParseQuery(question >= 0 ? withoutFragment[question..] : null);
        var pairs = query.Where(p => p.Key != QueryKey)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryKey, Value ?? string.Empty));
        return QueryHelpers.AddQueryString(path, pairs) + fragment;
    }

    private static void Add(List<string> ids, string candidate)
    {
        if (ids.Count >= MaxItems || candidate.Length != IdLength || !candidate.All(char.IsAsciiHexDigit))
        {
            return;
        }

        var id = candidate.ToLowerInvariant();
        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            ids.Add(id);
        }
    }
}
