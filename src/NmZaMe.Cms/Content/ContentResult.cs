using NmZaMe.Cms.Text;

namespace NmZaMe.Cms.Content;

public enum ContentOutcome
{
    Ok,
    NotFound,
    Invalid,
    Conflict,

    /// <summary>The change would alter the live site and the user may not publish: it can be sent for approval instead.</summary>
    NeedsApproval,
}

/// <summary>The typed outcome of a content use case: field errors keyed by property alias (with [culture] where it varies).</summary>
public sealed record ContentResult(ContentOutcome Outcome, Guid Key, IReadOnlyDictionary<string, CmsError> Errors, int Version)
{
    public static ContentResult Ok(Guid key, int version) => new(ContentOutcome.Ok, key, new Dictionary<string, CmsError>(), version);

    public static ContentResult NotFound(Guid key) => new(ContentOutcome.NotFound, key, new Dictionary<string, CmsError>(), 0);

    public static ContentResult Invalid(Guid key, IReadOnlyDictionary<string, CmsError> errors) => new(ContentOutcome.Invalid, key, errors, 0);

    public static ContentResult Conflict(Guid key, int current) =>
        new(ContentOutcome.Conflict, key, new Dictionary<string, CmsError> { [""] = new(ContentCodes.Conflict) }, current);

    public static ContentResult NeedsApproval(Guid key) => new(ContentOutcome.NeedsApproval, key, new Dictionary<string, CmsError>(), 0);

    public bool Succeeded => Outcome == ContentOutcome.Ok;
}
