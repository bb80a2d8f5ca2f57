using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>After a conflicting save: what differs between the saved draft and what this editor typed.</summary>
public abstract partial class ContentEditorPage
{
    /// <summary>Side by side: their saved draft against what this editor typed, for the properties that differ.</summary>
    protected async Task LoadConflictAsync(CancellationToken cancellationToken)
    {
        if (TheirVersion is null)
        {
            return;
        }

        var node = await Db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Key == Key, cancellationToken);
        if (node is null)
        {
            return;
        }

        var theirs = ContentData.Deserialize(node.DraftData);
        var theirName = theirs.Names.GetValueOrDefault(Type.VariesByCulture ? Culture : string.Empty) ?? string.Empty;
        if (theirName != Name.Trim())
        {
            Differences.Add(new Difference(T["Ime"], theirName, Name));
        }

        var context = new EditorContext(Schema);
        foreach (var p in Properties)
        {
            var their = Display(p, theirs.Value(p.Alias, IsVariant(p) ? Culture : string.Empty));
            var normalised = Schema.EditorOf(p).Normalise(Form.ToRaw(p, Values[p.Alias]), Schema.DataTypeOf(p), context);
            var yours = normalised.IsValid ? Display(p, normalised.Value) : Form.ToRaw(p, Values[p.Alias]) ?? string.Empty;
            if (their != yours)
            {
                Differences.Add(new Difference(T[p.Name], their, yours));
            }
        }
    }

    /// <summary>A value as an editor reads it: the editor's own plain text, names for picked items.</summary>
    public string Display(PropertyType property, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return string.Empty;
        }

        var editor = Schema.EditorOf(property);
        var intermediate = editor.ToIntermediate(stored, Schema.DataTypeOf(property), new EditorContext(Schema));
        var parts = DraftComparison.OptionWords(Schema, property, editor.Text(intermediate), T).Concat(editor.References(intermediate).Select(k => Names.GetValueOrDefault(Udi.Document(k)) ?? k.ToString())).ToList();
        return parts.Count > 0 ? string.Join(" · ", parts) : stored;
    }
}
