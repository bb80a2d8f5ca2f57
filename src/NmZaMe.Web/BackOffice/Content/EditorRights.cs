using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The editor's language and media rights inside the content editor (issue 14). The form shows what the editor may not
/// change read-only; a posted form (crafted or stale) is checked again here before anything is written, because a
/// disabled field is only a hint to the browser.
/// </summary>
public static class EditorRights
{
    /// <summary>The ops that write the form's values.</summary>
    private static readonly HashSet<string> Writes = new(StringComparer.Ordinal) { "save", "overwrite", "publish", "publishbranch", "approval" };

    /// <summary>Whether the editor may change this form: the culture's values, or an invariant item's.</summary>
    public static bool CanEditForm(ContentEditorPage page) => page.Access.CanEditCulture(page.Type.VariesByCulture ? page.Culture : string.Empty);

    /// <summary>A culture's own values with that culture; values shared by all languages with the default language.</summary>
    public static bool CanEditProperty(ContentEditorPage page, PropertyType property) =>
        page.Access.CanEditCulture(page.IsVariant(property) ? page.Culture : string.Empty);

    /// <summary>
    /// Puts the stored value back into every field the editor may not change, so saving the culture they may edit keeps
    /// the shared values as they are (a disabled field posts nothing, which would otherwise clear it).
    /// </summary>
    public static void KeepReadOnly(ContentEditorPage page)
    {
        var draft = page.Node is null ? new ContentData() : ContentData.Deserialize(page.Node.DraftData);
        foreach (var property in page.Properties.Where(p => !CanEditProperty(page, p)))
        {
            var path = EditorForm.Prefix + property.Alias;
            foreach (var stale in page.Form.ByPath.Keys.Where(k => k.StartsWith(path + ".", StringComparison.Ordinal)).ToList())
            {
                page.Form.ByPath.Remove(stale);
            }

            var state = page.Form.FromStored(property, draft.Value(property.Alias, page.IsVariant(property) ? page.Culture : string.Empty));
            page.Values[property.Alias] = state;
            page.Form.Register(property, path, state);
        }
    }

    /// <summary>Why this post may not write (a text for <c>T[]</c>, with its argument), or null when it may.</summary>
    public static async Task<(string Text, string Argument)?> RefusalAsync(ContentEditorPage page, string op, CancellationToken cancellationToken)
    {
        if (!Writes.Contains(op))
        {
            return null;
        }

        if (!CanEditForm(page))
        {
            return ("Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", page.Culture.Length > 0 ? page.Culture : page.Schema.DefaultCulture);
        }

        var publishing = op is "publish" or "publishbranch" && page.Type.VariesByCulture ? page.Request.Form["PublishCultures"].Select(c => page.Schema.NormaliseCulture(c)).OfType<string>() : [];
        if (publishing.FirstOrDefault(c => !page.Access.CanEditCulture(c)) is { } culture)
        {
            return ("Jezika {0} ne smete urejati ali objavljati: vaše skupine ga ne dovolijo. Nič ni shranjeno.", culture);
        }

        return await OutsideMediaAsync(page, cancellationToken) is { } field
            ? ("Izbrani medij je zunaj vaših map medijev ({0}). Nič ni shranjeno.", field)
            : null;
    }

    /// <summary>
    /// The name of a media picker holding media the editor may not use: newly picked, and missing, trashed or outside their
    /// start folders. Media the item already had stays, so an organisation editor can still save a page with the office's logo.
    /// </summary>
    private static async Task<string?> OutsideMediaAsync(ContentEditorPage page, CancellationToken cancellationToken)
    {
        var stored = page.Node?.DraftData ?? string.Empty;
        foreach (var (property, state) in page.Form.ByPath.Values.Where(f => f.Property.EditorAlias == "Umbraco.MediaPicker3"))
        {
            foreach (var item in state.Items.Where(i => !stored.Contains(i, StringComparison.OrdinalIgnoreCase)))
            {
                if (!Guid.TryParse(item, out var key) || await page.Access.MediaAsync(key, cancellationToken) is null)
                {
                    return property.Name;
                }
            }
        }

        return null;
    }
}
