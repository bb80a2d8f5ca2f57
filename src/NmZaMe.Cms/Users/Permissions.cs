namespace NmZaMe.Cms.Users;

/// <summary>What a user group may do. Stored as role claims; policies in the back office require them.</summary>
public static class Permissions
{
    public const string ClaimType = "nmzame:permission";

    /// <summary>See the dashboard, the content tree and items (within the start node).</summary>
    public const string ContentBrowse = "content.browse";

    /// <summary>Save drafts.</summary>
    public const string ContentEdit = "content.edit";

    /// <summary>Publish, unpublish and approve others' changes.</summary>
    public const string ContentPublish = "content.publish";

    /// <summary>Move an item with its branch. A published item also needs <see cref="ContentPublish"/>: the move changes the live site.</summary>
    public const string ContentMove = "content.move";

    /// <summary>Order children. Changing the order of published items also needs <see cref="ContentPublish"/>.</summary>
    public const string ContentSort = "content.sort";

    /// <summary>Copy an item (the copy is an unpublished draft).</summary>
    public const string ContentCopy = "content.copy";

    /// <summary>Move to the recycle bin. Trashing anything published without <see cref="ContentPublish"/> sends a request for approval instead.</summary>
    public const string ContentTrash = "content.trash";

    /// <summary>Restore from the recycle bin (restored items are unpublished).</summary>
    public const string ContentRestore = "content.restore";

    /// <summary>Export organisations and services (within the start node) as CSV or XLSX.</summary>
    public const string ContentExport = "content.export";

    /// <summary>Import organisations and services from a spreadsheet: saved as drafts, or sent for approval without <see cref="ContentPublish"/>.</summary>
    public const string ContentImport = "content.import";

    public const string SettingsRead = "settings.read";

    public const string UsersManage = "users.manage";

    /// <summary>Invite organisation editors by e-mail, resend and revoke invitations (office editors and administrators).</summary>
    public const string UsersInvite = "users.invite";

    /// <summary>See what people search for (anonymous counts) and export them.</summary>
    public const string InsightsRead = "insights.read";

    /// <summary>Create, edit and test webhooks and read their deliveries (custom headers may hold secrets).</summary>
    public const string WebhooksManage = "webhooks.manage";

    /// <summary>
    /// The office's inbox of call-back requests: read a person's contact, change a request's status, export. Every
    /// opening, change and export is written to the request's access log.
    /// </summary>
    public const string OfficeRequests = "requests.office";

    /// <summary>
    /// Citizens' corrections: read, accept, reject, mark done. Within the start nodes, so an organisation's editor sees
    /// the suggestions about its own entries only.
    /// </summary>
    public const string CorrectionsHandle = "corrections.handle";

    public static readonly IReadOnlyList<string> All = [ContentBrowse, ContentEdit, ContentMove, ContentSort, ContentCopy, ContentTrash, ContentRestore, ContentPublish, ContentExport, ContentImport, SettingsRead, UsersManage, UsersInvite, InsightsRead, WebhooksManage, OfficeRequests, CorrectionsHandle];
}
