namespace NmZaMe.Web.BackOffice.Content;

/// <summary>Where an engine error of the split view goes: the field of its culture's column (review B2), else the summary.</summary>
public static class SplitErrors
{
    /// <summary>The field path of an error key (<c>name[en-US]</c>, <c>summary[sl-SI]</c>, <c>contacts</c>); "" for the summary.</summary>
    public static string PathOf(SplitModel page, string key, out string? culture)
    {
        var alias = key.Split('[')[0];
        culture = key.Split('[', ']') is [_, { Length: > 0 } c, ..] ? c : null;
        var right = culture is not null && string.Equals(culture, page.Other, StringComparison.OrdinalIgnoreCase);
        if (culture is not null && !right && !string.Equals(culture, page.Culture, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        culture = null;
        if (alias == "name")
        {
            return right ? "othername" : "name";
        }

        return page.Properties.Any(p => p.Alias == alias) ? (right ? SplitModel.OtherPrefix : EditorForm.Prefix) + alias : string.Empty;
    }

    /// <summary>The label of an error key's field, for the summary.</summary>
    public static string LabelOf(SplitModel page, string key)
    {
        var alias = key.Split('[')[0];
        return alias == "name" ? "Ime" : page.Properties.FirstOrDefault(p => p.Alias == alias)?.Name ?? alias;
    }
}
