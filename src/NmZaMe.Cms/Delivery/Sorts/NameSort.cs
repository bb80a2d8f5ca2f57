using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Delivery.Sorts;

/// <summary><c>name:asc|desc</c>: the name in the culture, in Slovenian alphabetical order (c &lt; č &lt; d, z &lt; ž).</summary>
public sealed class NameSort() : SortHandler<string>("name", SortField.Name, SlovenianCollation.Comparer)
{
    protected override string Key(PublishedContent item, SortContext context) => item.Name(context.Culture) ?? string.Empty;
}
