namespace NmZaMe.Cms.Persistence;

/// <summary>Where a citizen's correction stands. Rejected and done close it; accepted means someone is changing the entry.</summary>
public enum CorrectionStatus
{
    New,
    Accepted,
    Rejected,
    Done,
}

/// <summary>
/// "Predlagaj popravek": a citizen says something on a service's or an organisation's page is wrong. Linked to the item
/// and its organisation by key (no foreign key, so the suggestion outlives an emptied recycle bin). The e-mail address
/// is kept only to send one reply: it is deleted when the suggestion is resolved, or after 90 days unanswered.
/// </summary>
public sealed class CorrectionRecord
{
    public long Id { get; set; }

    public Guid Key { get; set; }

    public DateTime ArrivedAt { get; set; }

    /// <summary>The service or organisation the page showed.</summary>
    public Guid ItemKey { get; set; }

    /// <summary>The organisation itself, or the service's organisation (its parent); null for a service outside one.</summary>
    public Guid? OrganisationKey { get; set; }

    /// <summary>What is wrong, in the citizen's words (at most <see cref="Corrections.SubmitCorrection.TextMaxLength"/>).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>For the one reply only; null when none was given or once it is used or expired.</summary>
    public string? Email { get; set; }

    /// <summary>The language of the page the form was sent from (sl or en): the reply is written in it.</summary>
    public string Language { get; set; } = "sl";

    public CorrectionStatus Status { get; set; }

    /// <summary>Why it was rejected (sent to the citizen with the reply).</summary>
    public string? Reason { get; set; }

    /// <summary>Who accepted, rejected or closed it last, and when.</summary>
    public string? HandledBy { get; set; }

    public DateTime? HandledAt { get; set; }

    /// <summary>When the reply was queued (the address was deleted at the same moment).</summary>
    public DateTime? RepliedAt { get; set; }
}
