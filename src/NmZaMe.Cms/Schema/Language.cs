namespace NmZaMe.Cms.Schema;

public sealed record Language(Guid Key, string IsoCode, string CultureName, bool IsDefault, bool IsMandatory, string? FallbackIsoCode);
