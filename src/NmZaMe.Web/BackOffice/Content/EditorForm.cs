using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;
using NmZaMe.Web.BackOffice.Content.Fields;

namespace NmZaMe.Web.BackOffice.Content;

/// <summary>
/// Moves property values between the three forms they take: the editors' stored strings, the posted form fields
/// (named by path: <c>f.contacts.0.phone</c>), and the raw strings handed to <see cref="SaveContent"/>, whose editors
/// do all validation and sanitising. What each property editor does is in its adapter in Fields/.
/// </summary>
public sealed class EditorForm(ContentSchema schema)
{
    public const string Prefix = "f.";

    public ContentSchema Schema { get; } = schema;

    /// <summary>
    /// The culture being edited ("" for an invariant item). A block of a culture-variant element shows and sends this
    /// culture's values of its variant properties; its invariant ones are shared by all cultures. The engine keeps the
    /// other cultures' values when the list is saved (block-level variance, as in Umbraco 15+).
    /// </summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>Whether a property inside a block of <paramref name="element"/> holds one value per culture here.</summary>
    public bool VariesInBlock(ContentType element, PropertyType property) =>
        Culture.Length > 0 && element.VariesByCulture && property.VariesByCulture;

    /// <summary>Every field of the form by its path, blocks' fields included, so operations can find the one they act on.</summary>
    public Dictionary<string, (PropertyType Property, FieldState State)> ByPath { get; } = new(StringComparer.Ordinal);

    public static string Id(string path) => "fld-" + path.Replace('.', '-');

    public static FieldUi Ui(PropertyType property) => FieldUis.For(property.EditorAlias);

    public FieldState FromStored(PropertyType property, string? stored)
    {
        var state = new FieldState();
        if (!string.IsNullOrEmpty(stored))
        {
            Ui(property).FromStored(state, property, stored, this);
        }

        return state;
    }

    /// <summary>A field as posted; registered under its path after its blocks' fields.</summary>
    public FieldState FromForm(PropertyType property, string path, IFormCollection form)
    {
        var state = new FieldState();
        Ui(property).FromForm(state, property, path, form, this);
        ByPath[path] = (property, state);
        return state;
    }

    /// <summary>Registers a field (and its blocks' fields) under its path, for a form built from stored values.</summary>
    public void Register(PropertyType property, string path, FieldState state)
    {
        ByPath[path] = (property, state);
        for (var i = 0; i < state.Blocks.Count; i++)
        {
            foreach (var p in Schema.PropertiesOf(state.Blocks[i].Type))
            {
                if (state.Blocks[i].Fields.TryGetValue(p.Alias, out var inner))
                {
                    Register(p, $"{path}.{i}.{p.Alias}", inner);
                }
            }
        }
    }

    /// <summary>The string the property's editor normalises; null for "no value".</summary>
    public string? ToRaw(PropertyType property, FieldState state) => Ui(property).ToRaw(property, state, this);

    /// <summary>Field-level errors inside blocks, by path: the block editor itself reports only the first, for the whole list.</summary>
    public Dictionary<string, CmsError> BlockErrors()
    {
        var errors = new Dictionary<string, CmsError>(StringComparer.Ordinal);
        var context = new EditorContext(Schema);
        foreach (var (path, (property, state)) in ByPath.Where(p => IsInBlock(p.Key)))
        {
            var result = PropertyValidator.Validate(property, ToRaw(property, state), context);
            if (!result.IsValid)
            {
                errors[path] = result.Error!;
            }
        }

        return errors;
    }

    public static bool IsInBlock(string path) => path.Count(c => c == '.') > 1;

    /// <summary>A date picker whose configured format shows the time gets a date-and-time input.</summary>
    public bool HasTime(PropertyType property) =>
        Schema.DataTypeOf(property).ConfigString("format")?.Contains("HH", StringComparison.Ordinal) == true;

    public HashSet<Guid> AllowedBlocks(PropertyType property) => BlockListEditor.AllowedElementKeys(Schema.DataTypeOf(property));

    public BlockState NewBlock(ContentType type)
    {
        var block = new BlockState(Guid.NewGuid(), type);
        foreach (var p in Schema.PropertiesOf(type))
        {
            block.Fields[p.Alias] = new FieldState();
        }

        return block;
    }
}
