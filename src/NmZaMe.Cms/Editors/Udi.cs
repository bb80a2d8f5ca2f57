namespace NmZaMe.Cms.Editors;

/// <summary>Umbraco's entity identifiers as stored in picker values: <c>umb://document/{guid:N}</c>, <c>umb://media/{guid:N}</c>.</summary>
public static class Udi
{
    public const string DocumentType = "document";
    public const string MediaType = "media";

    public static string Document(Guid key) => $"umb://document/{key:N}";

    public static string Media(Guid key) => $"umb://media/{key:N}";

    public static bool TryParse(string? text, out string entityType, out Guid key)
    {
        entityType = string.Empty;
        key = Guid.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (Guid.TryParse(value, out key))
        {
            entityType = DocumentType;
            return true;
        }

        if (!value.StartsWith("umb://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var slash = value.IndexOf('/', 6);
        if (slash < 0)
        {
            return false;
        }

        entityType = value[6..slash].ToLowerInvariant();
        return entityType is DocumentType or MediaType && Guid.TryParse(value[(slash + 1)..], out key);
    }
}
