using System.Text.Json.Nodes;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Editors;

/// <summary>
/// Checks a block list value and brings it into storage form. Every block value goes through its own editor; values
/// follow their property's variance and blocks are exposed per their element's variance, the way Umbraco 15+'s
/// <c>BlockEditorVarianceHandler.AlignPropertyVarianceAsync</c> and <c>AlignExposeVariance</c> align them on save:
/// a value without culture of a culture-variant property becomes the default language's, an invariant property keeps
/// its invariant value (else the default language's), and a block of a variant element is exposed in the cultures it
/// has values in.
/// </summary>
internal static class BlockNormaliser
{
    public static EditorResult Normalise(BlockData input, DataType dataType, EditorContext context)
    {
        var allowed = BlockListEditor.AllowedElementKeys(dataType);
        var output = new BlockData();
        var seen = new HashSet<Guid>();
        var index = 0;
        foreach (var (contentKey, settingsKey) in input.Layout)
        {
            index++;
            if (contentKey == Guid.Empty || input.Content(contentKey) is not { } content)
            {
                return EditorResult.Fail(EditorCodes.BlockWithoutContent, index);
            }

            if (!seen.Add(contentKey))
            {
                return EditorResult.Fail(EditorCodes.BlockTwice, index);
            }

            if (NormaliseElement(content, index, allowed, context, out var error) is not { } element)
            {
                return EditorResult.Fail(error!);
            }

            output.ContentData.Add(element);
            Guid? keptSettings = null;
            if (settingsKey is { } sk && sk != Guid.Empty && input.Settings(sk) is { } settings)
            {
                if (NormaliseElement(settings, index, null, context, out error) is not { } normalised)
                {
                    return EditorResult.Fail(error!);
                }

                output.SettingsData.Add(normalised);
                keptSettings = sk;
            }

            output.Layout.Add((contentKey, keptSettings));
        }

        var max = dataType.Config["validationLimit"]?["max"] is JsonValue m && m.TryGetValue<int>(out var mx) ? mx : 0;
        if (max > 0 && output.Layout.Count > max)
        {
            return EditorResult.Fail(EditorCodes.TooManyBlocks, max);
        }

        if (output.Layout.Count == 0)
        {
            return EditorResult.Ok(null);
        }

        if (AlignExpose(input, output, context.Schema) is { } exposeError)
        {
            return EditorResult.Fail(exposeError);
        }

        if (context.PublishingCultures is { } cultures && ValidateForPublishing(output, cultures, context) is { } publishError)
        {
            return EditorResult.Fail(publishError);
        }

        return EditorResult.Ok(output.Serialize());
    }

    private static BlockItemData? NormaliseElement(BlockItemData element, int index, HashSet<Guid>? allowed, EditorContext context, out CmsError? error)
    {
        error = null;
        var schema = context.Schema;
        if (schema.GetContentType(element.ContentTypeKey) is not { IsElement: true } type)
        {
            error = new CmsError(EditorCodes.BlockUnknownType, index);
            return null;
        }

        if (allowed is not null && !allowed.Contains(type.Key))
        {
            error = new CmsError(EditorCodes.BlockTypeNotAllowed, index, new SchemaText(type.Name));
            return null;
        }

        // A value inside a block belongs to the block's element, which varies only as its own type says (see Umbraco's
        // BlockEditorConverter: the owner of a nested value is the element).
        var inner = context with { OwnerVariesByCulture = type.VariesByCulture, PublishingCultures = null };
        var result = new BlockItemData(type.Key, element.Key);
        foreach (var property in schema.PropertiesOf(type))
        {
            var incoming = element.Values.Where(v => v.Alias == property.Alias).ToList();
            if (type.VariesByCulture && property.VariesByCulture)
            {
                var byCulture = new Dictionary<string, BlockPropertyData>(StringComparer.OrdinalIgnoreCase);
                BlockPropertyData? withoutCulture = null;
                foreach (var value in incoming)
                {
                    if (value.Culture is null)
                    {
                        withoutCulture = value;
                    }
                    else if (schema.NormaliseCulture(value.Culture) is { } culture)
                    {
                        byCulture[culture] = value;
                    }
                    else
                    {
                        error = new CmsError(EditorCodes.BlockUnknownCulture, index, new SchemaText(property.Name), value.Culture);
                        return null;
                    }
                }

                if (withoutCulture is not null)
                {
                    byCulture.TryAdd(schema.DefaultCulture, withoutCulture);
                }

                foreach (var language in schema.Languages)
                {
                    if (!byCulture.TryGetValue(language.IsoCode, out var value))
                    {
                        continue;
                    }

                    // Drafts may be incomplete in any language: only the format is checked here, mandatory and regex
                    // rules when the language is published (ValidateForPublishing).
                    var normalised = schema.EditorOf(property).Normalise(BlockListEditor.AsRaw(value.Value), schema.DataTypeOf(property), inner);
                    if (!normalised.IsValid)
                    {
                        error = new CmsError(EditorCodes.BlockCultureValue, index, new SchemaText(property.Name), language.IsoCode, normalised.Error);
                        return null;
                    }

                    Add(result, property, language.IsoCode, normalised.Value);
                }
            }
            else
            {
                var kept = incoming.LastOrDefault(v => v.Culture is null)
                    ?? incoming.LastOrDefault(v => string.Equals(v.Culture, schema.DefaultCulture, StringComparison.OrdinalIgnoreCase));
                var normalised = PropertyValidator.Validate(property, BlockListEditor.AsRaw(kept?.Value), inner);
                if (!normalised.IsValid)
                {
                    error = new CmsError(EditorCodes.BlockValue, index, new SchemaText(property.Name), normalised.Error);
                    return null;
                }

                Add(result, property, null, normalised.Value);
            }
        }

        return result;
    }

    private static void Add(BlockItemData item, PropertyType property, string? culture, string? value)
    {
        if (value is not null)
        {
            var node = value.StartsWith('[') || value.StartsWith('{') ? JsonNode.Parse(value) : JsonValue.Create(value);
            item.Values.Add(new BlockPropertyData(property.Alias, culture, node, property.EditorAlias));
        }
    }

    /// <summary>
    /// The expose entries of the normalised blocks: those given (for blocks that exist, in known cultures), aligned to
    /// each element's variance as Umbraco's AlignExposeVariance does. A value that gives none at all (written before
    /// Umbraco 15) exposes every block.
    /// </summary>
    private static CmsError? AlignExpose(BlockData input, BlockData output, ContentSchema schema)
    {
        var given = new Dictionary<Guid, List<string?>>();
        foreach (var entry in input.Expose)
        {
            string? culture = null;
            if (entry.Culture is not null && (culture = schema.NormaliseCulture(entry.Culture)) is null)
            {
                return new CmsError(EditorCodes.BlockExposedInUnknownCulture, entry.Culture);
            }

            if (!given.TryGetValue(entry.ContentKey, out var list))
            {
                given[entry.ContentKey] = list = [];
            }

            list.Add(culture);
        }

        foreach (var item in output.ContentData)
        {
            var type = schema.GetContentType(item.ContentTypeKey)!;
            var entries = given.GetValueOrDefault(item.Key) ?? (input.HasExpose ? [] : [null]);
            foreach (var culture in Aligned(entries, type, item, schema))
            {
                output.Expose.Add(new BlockExpose(item.Key, culture));
            }
        }

        return null;
    }

    private static IEnumerable<string?> Aligned(List<string?> entries, ContentType type, BlockItemData item, ContentSchema schema)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        if (!type.VariesByCulture)
        {
            return [null];
        }

        var cultures = entries.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (cultures.Count == 0)
        {
            // Exposed invariantly although the element varies: exposed where it has values (Umbraco derives the entries
            // from the values' cultures), or in the default language when it has none.
            cultures.UnionWith(item.Values.Select(v => v.Culture).OfType<string>());
            if (cultures.Count == 0)
            {
                cultures.Add(schema.DefaultCulture);
            }
        }

        return schema.Languages.Select(l => l.IsoCode).Where(cultures.Contains);
    }

    /// <summary>
    /// Mandatory and regex rules of the values in the cultures being published, on the blocks exposed in them, as
    /// Umbraco's BlockEditorValidatorBase validates "the cultures being validated". Invariant values were checked on save.
    /// </summary>
    private static CmsError? ValidateForPublishing(BlockData data, IReadOnlyCollection<string> cultures, EditorContext context)
    {
        var schema = context.Schema;
        for (var index = 0; index < data.Layout.Count; index++)
        {
            var (contentKey, settingsKey) = data.Layout[index];
            foreach (var requested in cultures)
            {
                var culture = requested.Length == 0 ? schema.DefaultCulture : requested;
                if (!data.Expose.Any(e => e.ContentKey == contentKey && (e.Culture is null || string.Equals(e.Culture, culture, StringComparison.OrdinalIgnoreCase))))
                {
                    continue;
                }

                foreach (var element in new[] { data.Content(contentKey), settingsKey is { } sk ? data.Settings(sk) : null })
                {
                    if (element is not null && ValidateElement(element, index + 1, culture, context) is { } error)
                    {
                        return error;
                    }
                }
            }
        }

        return null;
    }

    private static CmsError? ValidateElement(BlockItemData element, int index, string culture, EditorContext context)
    {
        var schema = context.Schema;
        var type = schema.GetContentType(element.ContentTypeKey)!;
        var inner = context with { OwnerVariesByCulture = type.VariesByCulture, PublishingCultures = [culture] };
        foreach (var property in schema.PropertiesOf(type))
        {
            var varies = type.VariesByCulture && property.VariesByCulture;
            if (!varies && !schema.EditorOf(property).CanMergePartialValues(property))
            {
                continue;
            }

            var value = element.Values.LastOrDefault(v => v.Alias == property.Alias
                && (varies ? string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase) : v.Culture is null));
            var result = PropertyValidator.Validate(property, BlockListEditor.AsRaw(value?.Value), inner);
            if (!result.IsValid)
            {
                return varies
                    ? new CmsError(EditorCodes.BlockCultureValue, index, new SchemaText(property.Name), culture, result.Error)
                    : new CmsError(EditorCodes.BlockValue, index, new SchemaText(property.Name), result.Error);
            }
        }

        return null;
    }
}
