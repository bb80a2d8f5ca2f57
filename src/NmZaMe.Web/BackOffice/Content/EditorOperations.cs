using NmZaMe.Web.BackOffice.Content.Fields;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// The posted button: <c>op=name|path|argument</c>, e.g. <c>addblock|f.contacts</c> or <c>remove|f.links|2</c>. The
/// no-JS form, kept forms and EveryPostTests depend on these values, so they stay as they are.
/// </summary>
public readonly record struct EditorOp(string Name, string Path, string Arg)
{
    public static EditorOp Parse(string? posted)
    {
        var op = (posted ?? string.Empty).Split('|');
        return new EditorOp(op[0], op.Length > 1 ? op[1] : string.Empty, op.Length > 2 ? op[2] : string.Empty);
    }
}

/// <summary>The in-form operations that change only the form, never the stored item: blocks, links and picked items.</summary>
public static class EditorOperations
{
    /// <summary>Applies the operation to the field at its path; returns the status text to show (Slovenian key), if any.</summary>
    public static string? Apply(EditorForm form, EditorOp op, IFormCollection posted)
    {
        if (!form.ByPath.TryGetValue(op.Path, out var field))
        {
            return null;
        }

        var (property, state) = field;
        var index = int.TryParse(op.Arg, out var i) ? i : -1;
        switch (op.Name)
        {
            case "addblock" when Guid.TryParse(posted[op.Path + ".add"], out var typeKey)
                                 && form.AllowedBlocks(property).Contains(typeKey) && form.Schema.GetContentType(typeKey) is { IsElement: true } type:
                state.Blocks.Add(form.NewBlock(type));
                return "Blok je dodan. Vsebina še ni shranjena.";
            case "addlink":
                state.Links.Add(new LinkState(string.Empty, string.Empty, string.Empty));
                break;
            case "pick" when op.Arg.Length > 0 && !state.Items.Contains(op.Arg):
                if (EditorForm.Ui(property) is PickerFieldUi { Single: true })
                {
                    state.Items.Clear();
                }

                state.Items.Add(op.Arg);
                break;
            case "linkpick" when op.Arg.Split(',', 2) is [var row, var udi] && int.TryParse(row, out var r) && r >= 0 && r < state.Links.Count:
                state.Links[r] = state.Links[r] with { Content = udi };
                break;
            case "linkclear" when index >= 0 && index < state.Links.Count:
                state.Links[index] = state.Links[index] with { Content = string.Empty };
                break;
            case "up" or "down" or "remove" when index >= 0:
                Move(state.Blocks, index, op.Name);
                Move(state.Links, index, op.Name);
                Move(state.Items, index, op.Name);
                break;
        }

        return null;
    }

    private static void Move<TItem>(List<TItem> list, int index, string op)
    {
        if (index >= list.Count)
        {
            return;
        }

        var target = op == "up" ? index - 1 : index + 1;
        if (op == "remove")
        {
            list.RemoveAt(index);
        }
        else if (target >= 0 && target < list.Count)
        {
            (list[index], list[target]) = (list[target], list[index]);
        }
    }
}
