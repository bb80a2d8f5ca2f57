namespace NmZaMe.Cms.Persistence;

/// <summary>
/// One e-mail in the outbox (<c>nmzameMailOutbox</c>), already rendered in the recipient's language. Added in the
/// caller's transaction, so a mail exists exactly when the write that caused it committed; the sender delivers it
/// later and records every attempt in <see cref="OutboxAttemptRecord"/>.
/// </summary>
public sealed class OutboxMessageRecord
{
    public long Id { get; set; }

    /// <summary>The Message-Id's local part: a mail sent twice (a node died between sending and recording) is recognisable as one.</summary>
    public Guid Key { get; set; }

    public string To { get; set; } = string.Empty;

    public string? ToName { get; set; }

    /// <summary>The recipient's culture, e.g. <c>sl-SI</c>; the texts are already in it.</summary>
    public string Language { get; set; } = string.Empty;

    /// <summary>What kind of mail this is (the model's name, e.g. <c>ApprovalRequested</c>), for the log.</summary>
    public string Template { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public string? HtmlBody { get; set; }

    public OutboxStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the sender may try next (after a failure: later, by the back-off).</summary>
    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The last failure, shortened and without credentials.</summary>
    public string? LastError { get; set; }
}

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>One try to hand a message to the SMTP server, kept with the message (<c>nmzameMailAttempt</c>).</summary>
public sealed class OutboxAttemptRecord
{
    public long Id { get; set; }

    public long MessageId { get; set; }

    public DateTime At { get; set; }

    public bool Succeeded { get; set; }

    public string? Error { get; set; }
}
