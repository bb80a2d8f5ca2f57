using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NmZaMe.Cms.PublishedCache;

/// <summary>
/// An item's published cultures: an item has one or two, so an array searched in order costs less than a dictionary
/// each, which a large catalogue would hold hundreds of thousands of.
/// </summary>
public sealed class CultureMap(PublishedCulture[] cultures) : IReadOnlyDictionary<string, PublishedCulture>
{
    public int Count => cultures.Length;

    public IEnumerable<string> Keys => cultures.Select(c => c.Culture);

    public IEnumerable<PublishedCulture> Values => cultures;

    public PublishedCulture this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PublishedCulture value)
    {
        foreach (var culture in cultures)
        {
            if (string.Equals(culture.Culture, key, StringComparison.OrdinalIgnoreCase))
            {
                value = culture;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, PublishedCulture>> GetEnumerator() =>
        cultures.Select(c => new KeyValuePair<string, PublishedCulture>(c.Culture, c)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
