namespace NmZaMe.Cms.Mail;

/// <summary>Who a mail goes to; <see cref="Culture"/> (the user's back-office language) picks the texts.</summary>
public sealed record MailRecipient(string Address, string? Name, string Culture);

/// <summary>
/// What a mail says, as data: the engine names the facts, the host's <see cref="IMailTemplates"/> owns the words. One
/// record per kind of mail; a feature adds its own record and a case in the host's templates.
/// </summary>
public abstract record MailModel
{
    /// <summary>The kind of mail, as the log shows it.</summary>
    public virtual string Template => GetType().Name;
}

/// <summary>An administrator's "send a test e-mail".</summary>
public sealed record TestMail(string RequestedBy) : MailModel;

/// <summary>To an editor who can publish the item: someone sent a draft for approval.</summary>
public sealed record ApprovalRequestedMail(Guid Key, string ItemName, string RequestedBy, IReadOnlyList<string> Cultures) : MailModel;

/// <summary>To the author: the draft they sent was approved and published.</summary>
public sealed record ApprovedMail(Guid Key, string ItemName, string ApprovedBy) : MailModel;

/// <summary>To the author: the draft they sent was returned, with the editor's note.</summary>
public sealed record RejectedMail(Guid Key, string ItemName, string RejectedBy, string? Note) : MailModel;

/// <summary>The texts of one mail in one language. <see cref="Html"/> is a complete, simple document (no images, no tracking).</summary>
public sealed record RenderedMail(string Subject, string Text, string? Html);

/// <summary>The host's words for every <see cref="MailModel"/>, in Slovenian and English.</summary>
public interface IMailTemplates
{
    /// <summary>The mail for <paramref name="model"/> in <paramref name="to"/>'s language; throws for a model it does not know.</summary>
    RenderedMail Render(MailRecipient to, MailModel model);
}

/// <summary>To an editor who can publish the item: someone without that right asked for a change to the live site.</summary>
public sealed record ContentRequestedMail(Guid Key, string ItemName, string RequestedBy, Persistence.ContentRequestKind Kind) : MailModel;

/// <summary>To the author: the change they asked for was approved and is live.</summary>
public sealed record ContentRequestApprovedMail(Guid Key, string ItemName, string ApprovedBy, Persistence.ContentRequestKind Kind) : MailModel;

/// <summary>To the author: the change they asked for was turned down; the site is unchanged.</summary>
public sealed record ContentRequestRejectedMail(Guid Key, string ItemName, string RejectedBy, Persistence.ContentRequestKind Kind, string? Note) : MailModel;
