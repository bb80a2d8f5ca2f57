using NmZaMe.Cms.Delivery.Filters;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Selectors;

/// <summary>
/// One <c>fetch=</c> option, as Umbraco's <c>ISelectorHandler</c>: <see cref="CanHandle"/> claims a query by its option
/// name, <see cref="BuildSelector"/> reads its target. A new option is a new class added to
/// <see cref="SelectorHandlers.All"/>; the parser only dispatches.
/// </summary>
public interface ISelectorHandler
{
    bool CanHandle(string query);

    Selector BuildSelector(string query);
}

/// <summary>A selector option of the form <c>option:target</c>, where the target is an item's id or route path.</summary>
public abstract class TargetSelector(string option, SelectorKind kind) : ISelectorHandler
{
    public bool CanHandle(string query) => FilterQuery.HasOption(query, option);

    public Selector BuildSelector(string query) => new(kind, query[(query.IndexOf(':') + 1)..].Trim(), Select);

    /// <summary>The items the option selects around its resolved target.</summary>
    protected abstract IEnumerable<PublishedContent> Select(PublishedSnapshot snapshot, PublishedContent target);
}

/// <summary>The selector options this API understands: Umbraco's three.</summary>
public static class SelectorHandlers
{
    public static IReadOnlyList<ISelectorHandler> All { get; } =
    [
        new AncestorsSelector(),
        new ChildrenSelector(),
        new DescendantsSelector(),
    ];
}
