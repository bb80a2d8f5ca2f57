using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Selectors;

/// <summary><c>descendants:{id|path}</c>: everything below the target, in tree order (Umbraco's <c>DescendantsSelector</c>).</summary>
public sealed class DescendantsSelector() : TargetSelector("descendants", SelectorKind.Descendants)
{
    protected override IEnumerable<PublishedContent> Select(PublishedSnapshot snapshot, PublishedContent target) =>
        snapshot.Descendants(target);
}
