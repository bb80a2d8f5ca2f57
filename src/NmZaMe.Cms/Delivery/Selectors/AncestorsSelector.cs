using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Selectors;

/// <summary><c>ancestors:{id|path}</c>: the target's ancestors from the root down, without the target (Umbraco's <c>AncestorsSelector</c>).</summary>
public sealed class AncestorsSelector() : TargetSelector("ancestors", SelectorKind.Ancestors)
{
    protected override IEnumerable<PublishedContent> Select(PublishedSnapshot snapshot, PublishedContent target) =>
        snapshot.Ancestors(target).Reverse();
}
