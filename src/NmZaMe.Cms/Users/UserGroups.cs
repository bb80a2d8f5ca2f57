namespace NmZaMe.Cms.Users;

/// <summary>The groups every installation starts with; aliases follow Umbraco's where one exists.</summary>
public static class UserGroups
{
    public const string Administrators = "admin";

    public const string Editors = "editor";

    public const string Writers = "writer";

    public const string OrganisationEditors = "organisationEditor";

    public sealed record Definition(string Alias, string DisplayName, bool RequireTwoFactor, IReadOnlyList<string> Permissions);

    public static readonly IReadOnlyList<Definition> Defaults =
    [
        new(Administrators, "Administratorji", RequireTwoFactor: true, Users.Permissions.All),
        new(Editors, "Uredniki", RequireTwoFactor: false,
            [Users.Permissions.ContentBrowse, Users.Permissions.ContentEdit, Users.Permissions.ContentPublish, Users.Permissions.SettingsRead, Users.Permissions.InsightsRead]),
        new(Writers, "Pisci", RequireTwoFactor: false, [Users.Permissions.ContentBrowse, Users.Permissions.ContentEdit]),
        new(OrganisationEditors, "Uredniki organizacij", RequireTwoFactor: false, [Users.Permissions.ContentBrowse, Users.Permissions.ContentEdit]),
    ];
}
