namespace NmZaMe.Cms.Users;

/// <summary>The groups every installation starts with; aliases follow Umbraco's where one exists.</summary>
public static class UserGroups
{
    public const string Administrators = "admin";

    public const string Editors = "editor";

    public const string Writers = "writer";

    public const string OrganisationEditors = "organisationEditor";

    /// <summary>
    /// Tree actions every content group gets. None of them changes the live site on its own: moving, re-ordering or
    /// trashing published items without <see cref="Users.Permissions.ContentPublish"/> becomes a request for approval,
    /// copies and restored items are unpublished.
    /// </summary>
    public static readonly IReadOnlyList<string> Tree =
        [Users.Permissions.ContentMove, Users.Permissions.ContentSort, Users.Permissions.ContentCopy, Users.Permissions.ContentTrash, Users.Permissions.ContentRestore];

    /// <summary>Groups that work in one part of the tree: a member without a start node (own or the group's) sees no content.</summary>
    public static readonly IReadOnlySet<string> LimitedToStartNode = new HashSet<string>(StringComparer.Ordinal) { OrganisationEditors };

    public sealed record Definition(string Alias, string DisplayName, bool RequireTwoFactor, IReadOnlyList<string> Permissions);

    public static readonly IReadOnlyList<Definition> Defaults =
    [
        new(Administrators, "Administratorji", RequireTwoFactor: true, Users.Permissions.All),
        new(Editors, "Uredniki", RequireTwoFactor: false,
            [Users.Permissions.ContentBrowse, Users.Permissions.ContentEdit, .. Tree, Users.Permissions.ContentPublish, Users.Permissions.ContentExport, Users.Permissions.ContentImport, Users.Permissions.SettingsRead, Users.Permissions.InsightsRead, Users.Permissions.UsersInvite,
                Users.Permissions.OfficeRequests, Users.Permissions.CorrectionsHandle]),
        new(Writers, "Pisci", RequireTwoFactor: false, [Users.Permissions.ContentBrowse, Users.Permissions.ContentEdit, .. Tree]),
        new(OrganisationEditors, "Uredniki organizacij", RequireTwoFactor: false, [Users.Permissions.ContentBrowse, Users.Permissions.ContentEdit, .. Tree, Users.Permissions.ContentExport, Users.Permissions.ContentImport, Users.Permissions.CorrectionsHandle]),
    ];
}
