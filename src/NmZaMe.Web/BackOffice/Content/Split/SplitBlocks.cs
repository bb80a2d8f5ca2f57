using NmZaMe.Cms.Schema;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// A block list in the split view: its structure (which blocks, in which order) and its shared values are edited in the
/// left column; the right column holds only the other culture's texts of each block, found by the block's key, so
/// adding, moving or removing a block on the left carries over without renumbering anything on the right.
/// </summary>
public static class SplitBlocks
{
    /// <summary>Whether a block list allows an element type whose texts vary by culture.</summary>
    public static bool HasVariantBlocks(EditorForm form, PropertyType property) => property.EditorAlias == "Umbraco.BlockList"
        && form.AllowedBlocks(property).Any(k => form.Schema.GetContentType(k) is { VariesByCulture: true });

    /// <summary>The right column's block of the left's <paramref name="block"/>, by key; null for a block added on the left.</summary>
    public static BlockState? Counterpart(FieldState? right, BlockState block) => right?.Blocks.FirstOrDefault(b => b.Key == block.Key);

    /// <summary>
    /// The value to save in the right column's culture: the left's blocks and shared values with the right's texts
    /// (nested block lists the same way), read by <paramref name="form"/> whose culture is the right column's.
    /// </summary>
    public static FieldState Merge(EditorForm form, FieldState left, FieldState? right)
    {
        var merged = new FieldState();
        foreach (var block in left.Blocks)
        {
            var other = Counterpart(right, block);
            var copy = new BlockState(block.Key, block.Type);
            foreach (var p in form.Schema.PropertiesOf(block.Type))
            {
                var shared = block.Fields.GetValueOrDefault(p.Alias) ?? new FieldState();
                var own = other?.Fields.GetValueOrDefault(p.Alias);
                copy.Fields[p.Alias] = form.VariesInBlock(block.Type, p) ? own ?? new FieldState()
                    : HasVariantBlocks(form, p) ? Merge(form, shared, own)
                    : shared;
            }

            merged.Blocks.Add(copy);
        }

        return merged;
    }
}

/// <summary>The right column's side of a block list: the left's blocks (<paramref name="Left"/>) with the other culture's texts.</summary>
public sealed record OtherBlocksView(SplitModel Page, PropertyType Property, string Path, FieldState Left, FieldState? Right);
