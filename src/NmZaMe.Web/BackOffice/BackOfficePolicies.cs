using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Security;

namespace NmZaMe.Web.BackOffice;

/// <summary>Authorization policies of the back office. Every page names one; the endpoint guard catches any that forget.</summary>
public static class BackOfficePolicies
{
    /// <summary>Signed in, even with a pending step: the account pages that complete that step.</summary>
    public const string SignedIn = "BackOffice.SignedIn";

    public const string Content = "BackOffice.Content";

    /// <summary>Save drafts, send them for approval, upload media.</summary>
    public const string Edit = "BackOffice.Edit";

    public const string Publish = "BackOffice.Publish";

    public const string Move = "BackOffice.Move";

    public const string Sort = "BackOffice.Sort";

    public const string Copy = "BackOffice.Copy";

    public const string Restore = "BackOffice.Restore";

    public const string Trash = "BackOffice.Trash";

    public const string Export = "BackOffice.Export";

    public const string Import = "BackOffice.Import";

    public const string Settings = "BackOffice.Settings";

    public const string Users = "BackOffice.Users";

    /// <summary>Invite organisation editors, resend and revoke invitations.</summary>
    public const string Invite = "BackOffice.Invite";

    public const string Insights = "BackOffice.Insights";

    public const string Webhooks = "BackOffice.Webhooks";

    /// <summary>The office's call-back inbox: people's contacts, so only those given the permission.</summary>
    public const string OfficeRequests = "BackOffice.OfficeRequests";

    /// <summary>Citizens' corrections, within the start nodes (the pages check the item's scope).</summary>
    public const string Corrections = "BackOffice.Corrections";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        options.AddPolicy(Content, p => Permission(p, Permissions.ContentBrowse));
        options.AddPolicy(Edit, p => Permission(p, Permissions.ContentEdit));
        options.AddPolicy(Publish, p => Permission(p, Permissions.ContentPublish));
        options.AddPolicy(Move, p => Permission(p, Permissions.ContentMove));
        options.AddPolicy(Sort, p => Permission(p, Permissions.ContentSort));
        options.AddPolicy(Copy, p => Permission(p, Permissions.ContentCopy));
        options.AddPolicy(Restore, p => Permission(p, Permissions.ContentRestore));
        options.AddPolicy(Trash, p => Permission(p, Permissions.ContentTrash));
        options.AddPolicy(Export, p => Permission(p, Permissions.ContentExport));
        options.AddPolicy(Import, p => Permission(p, Permissions.ContentImport));
        options.AddPolicy(Settings, p => Permission(p, Permissions.SettingsRead));
        options.AddPolicy(Users, p => Permission(p, Permissions.UsersManage));
        options.AddPolicy(Invite, p => Permission(p, Permissions.UsersInvite));
        options.AddPolicy(Insights, p => Permission(p, Permissions.InsightsRead));
        options.AddPolicy(Webhooks, p => Permission(p, Permissions.WebhooksManage));
        options.AddPolicy(OfficeRequests, p => Permission(p, Permissions.OfficeRequests));
        options.AddPolicy(Corrections, p => Permission(p, Permissions.CorrectionsHandle));
    }

    private static void Permission(AuthorizationPolicyBuilder policy, string permission) =>
        policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(Permissions.ClaimType, permission)
            .RequireAssertion(c => !c.User.HasClaim(x => x.Type == PendingStep.ClaimType));
}
