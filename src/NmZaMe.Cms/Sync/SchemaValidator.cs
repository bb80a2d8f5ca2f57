using NmZaMe.Cms.Schema;

namespace NmZaMe.Cms.Sync;

/// <summary>Cross-file checks of a merged schema: editors exist, references resolve, exactly one default language.</summary>
internal static class SchemaValidator
{
    public static void Validate(ContentSchema schema, IReadOnlyDictionary<Guid, string> files, List<string> errors)
    {
        string Where(Guid key, string fallback) => files.TryGetValue(key, out var f) ? f : fallback;

        if (schema.Languages.Count(l => l.IsDefault) != 1)
        {
            errors.Add($"Languages/: exactly one language must have <IsDefault>true</IsDefault> (found {schema.Languages.Count(l => l.IsDefault)}).");
        }

        foreach (var dataType in schema.DataTypes.Values)
        {
            if (!schema.Editors.Contains(dataType.EditorAlias))
            {
                errors.Add($"{Where(dataType.Key, "DataTypes/" + dataType.Name)}: unknown property editor alias '{dataType.EditorAlias}'. Known editors: {string.Join(", ", schema.Editors.Aliases.Order())}.");
            }
        }

        foreach (var type in schema.ContentTypes)
        {
            var file = Where(type.Key, "ContentTypes/" + type.Alias);
            foreach (var property in type.Properties)
            {
                if (!schema.DataTypes.TryGetValue(property.DataTypeKey, out var dataType))
                {
                    errors.Add($"{file}: property '{property.Alias}' uses data type {property.DataTypeKey}, which does not exist.");
                }
                else if (!string.IsNullOrEmpty(property.EditorAlias) && property.EditorAlias != dataType.EditorAlias)
                {
                    errors.Add($"{file}: property '{property.Alias}' says <Type>{property.EditorAlias}</Type> but its data type '{dataType.Name}' uses {dataType.EditorAlias}.");
                }
            }

            foreach (var composition in type.Compositions)
            {
                if (schema.GetContentType(composition.Key) is null && schema.GetContentType(composition.Alias) is null)
                {
                    errors.Add($"{file}: composition '{composition.Alias}' ({composition.Key}) does not exist.");
                }
            }

            foreach (var child in type.AllowedChildren)
            {
                if (schema.GetContentType(child.Key) is null && schema.GetContentType(child.Alias) is null)
                {
                    errors.Add($"{file}: allowed child '{child.Alias}' ({child.Key}) does not exist.");
                }
            }
        }

        var duplicates = schema.AllContentTypesIncludingDuplicates.GroupBy(c => c.Alias, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            errors.Add($"{string.Join(", ", duplicate.Select(d => Where(d.Key, d.Alias)))}: the alias '{duplicate.Key}' is used by more than one content type.");
        }
    }
}
