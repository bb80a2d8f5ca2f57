namespace NmZaMe.Cms.Users;

/// <summary>
/// Which cultures a user may edit and publish, from their groups' "Languages" as in Umbraco 17: a group with access to
/// all languages opens all of them; otherwise the user may work in the union of the groups' lists. The invariant
/// values of a multilingual item (shared by all languages) belong to the default language, as Umbraco's default
/// "allow editing invariant from non-default" = false has it.
/// </summary>
public static class LanguageRule
{
    /// <returns>The allowed cultures (case-insensitive); null for all.</returns>
    public static IReadOnlySet<string>? Resolve(IEnumerable<UserGroup> groups)
    {
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (Parse(group.Languages) is not { } cultures)
            {
                return null;
            }

            allowed.UnionWith(cultures);
        }

        return allowed;
    }

    /// <summary>A group's stored list; null for all languages.</summary>
    public static IReadOnlyList<string>? Parse(string? stored) =>
        stored is null ? null : stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The stored form: null for all languages, else the codes comma-separated (empty for none).</summary>
    public static string? Format(IEnumerable<string>? cultures) => cultures is null ? null : string.Join(',', cultures.Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="culture"/> ("" for invariant values) may be edited with <paramref name="allowed"/>.</summary>
    public static bool Allows(IReadOnlySet<string>? allowed, string culture, string defaultCulture) =>
        allowed is null || allowed.Contains(culture.Length == 0 ? defaultCulture : culture);
}
