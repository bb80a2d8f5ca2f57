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

    public const string SettingsRead = "settings.read";

    public const string UsersManage = "users.manage";

    /// <summary>See what people search for (anonymous counts) and export them.</summary>
    public const string InsightsRead = "insights.read";

    /// <summary>Create, edit and test webhooks and read their deliveries (custom headers may hold secrets).</summary>
    public const string WebhooksManage = "webhooks.manage";

    public static readonly IReadOnlyList<string> All = [ContentBrowse, ContentEdit, ContentPublish, SettingsRead, UsersManage, InsightsRead, WebhooksManage];
}
