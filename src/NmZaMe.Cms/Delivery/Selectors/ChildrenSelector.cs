using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Selectors;

/// <summary><c>children:{id|path}</c>: the target's children in sort order (Umbraco's <c>ChildrenSelector</c>).</summary>
public sealed class ChildrenSelector() : TargetSelector("children", SelectorKind.Children)
{
    protected override IEnumerable<PublishedContent> Select(PublishedSnapshot snapshot, PublishedContent target) =>
        snapshot.ChildrenOf(target.Key);
}
