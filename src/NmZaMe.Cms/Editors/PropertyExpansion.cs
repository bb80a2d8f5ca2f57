namespace NmZaMe.Cms.Editors;

/// <summary>
/// The parsed form of the Delivery API v2 <c>expand</c> and <c>fields</c> parameters:
/// <c>properties[$all]</c>, <c>properties[a,b[properties[c]]]</c>.
/// </summary>
public sealed class PropertyExpansion
{
    /// <summary>Expanded, with no properties selected inside (a picker named in <c>expand</c> without a nested list).</summary>
    public static readonly PropertyExpansion Empty = new(false, new Dictionary<string, PropertyExpansion?>(StringComparer.Ordinal));

    public static readonly PropertyExpansion AllProperties = new(true, new Dictionary<string, PropertyExpansion?>(StringComparer.Ordinal));

    public PropertyExpansion(bool all, IReadOnlyDictionary<string, PropertyExpansion?> properties)
    {
        All = all;
        Properties = properties;
    }

    public bool All { get; }

    /// <summary>Named properties, each with the selection that applies inside it (null: none given).</summary>
    public IReadOnlyDictionary<string, PropertyExpansion?> Properties { get; }

    public bool Includes(string alias) => All || Properties.ContainsKey(alias);

    /// <summary>The selection that applies inside property <paramref name="alias"/>, when it is included.</summary>
    public PropertyExpansion? Nested(string alias) =>
        Properties.TryGetValue(alias, out var nested) ? nested : All && Properties.TryGetValue("$all", out nested) ? nested : null;
}
