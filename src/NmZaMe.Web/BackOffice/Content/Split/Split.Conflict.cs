using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>After a conflicting save: the right column's differences, added to the left's (ContentEditorPage.Conflict.cs).</summary>
public sealed partial class SplitModel
{
    private async Task LoadOtherConflictAsync(CancellationToken cancellationToken)
    {
        if (TheirVersion is null || !CanEditRight || await Db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == Key, cancellationToken) is not { } node)
        {
            return;
        }

        var theirs = ContentData.Deserialize(node.DraftData);
        var theirName = theirs.Names.GetValueOrDefault(Other) ?? string.Empty;
        if (theirName != OtherName.Trim())
        {
            Differences.Add(new Difference($"{T["Ime"]} · {Other}", theirName, OtherName));
        }

        var context = new EditorContext(Schema);
        foreach (var p in Properties.Where(IsVariant))
        {
            var raw = OtherForm.ToRaw(p, OtherValues[p.Alias]);
            var normalised = Schema.EditorOf(p).Normalise(raw, Schema.DataTypeOf(p), context);
            var yours = normalised.IsValid ? Display(p, normalised.Value) : raw ?? string.Empty;
            var their = Display(p, theirs.Value(p.Alias, Other));
            if (their != yours)
            {
                Differences.Add(new Difference($"{T[p.Name]} · {Other}", their, yours));
            }
        }
    }
}
