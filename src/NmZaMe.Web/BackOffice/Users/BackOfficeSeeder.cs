using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Security;
using NmZaMe.Web.Hosting;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>Start-up: the default user groups, and the first administrator when there is no user at all.</summary>
public static class BackOfficeSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var groups = scope.ServiceProvider.GetRequiredService<RoleManager<UserGroup>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var unattended = scope.ServiceProvider.GetRequiredService<IOptions<NmZaMeOptions>>().Value.Unattended;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("NmZaMe.BackOffice.Setup");

        foreach (var definition in UserGroups.Defaults)
        {
            // Only missing groups are created: administrators may have changed the others' permissions since.
            if (await groups.FindByNameAsync(definition.Alias) is not null)
            {
                continue;
            }

            var group = new UserGroup { Name = definition.Alias, DisplayName = definition.DisplayName, RequireTwoFactor = definition.RequireTwoFactor };
            Check(await groups.CreateAsync(group), $"user group {definition.Alias}");
            foreach (var permission in definition.Permissions)
            {
                Check(await groups.AddClaimAsync(group, new Claim(Permissions.ClaimType, permission)), $"user group {definition.Alias}");
            }
        }

        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.InsightsRead, [UserGroups.Administrators, UserGroups.Editors], cancellationToken);
        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.UsersInvite, [UserGroups.Administrators, UserGroups.Editors], cancellationToken);
        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.WebhooksManage, [UserGroups.Administrators], cancellationToken);
        // The office's own group reads the call-back inbox; administrators have every permission.
        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.OfficeRequests, [UserGroups.Administrators, UserGroups.Editors], cancellationToken);
        // Citizens' corrections reach the office and, within their start node, the organisation's editors.
        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.CorrectionsHandle, [UserGroups.Administrators, UserGroups.Editors, UserGroups.OrganisationEditors], cancellationToken);
        // Organisation editors keep their own entries current, so they may export and import them too (within their start node).
        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.ContentExport, [UserGroups.Administrators, UserGroups.Editors, UserGroups.OrganisationEditors], cancellationToken);
        await GrantOnceAsync(scope.ServiceProvider, groups, Permissions.ContentImport, [UserGroups.Administrators, UserGroups.Editors, UserGroups.OrganisationEditors], cancellationToken);
        foreach (var permission in UserGroups.Tree)
        {
            // Moving, sorting, copying and restoring needed only content.edit before these permissions existed.
            await GrantOnceAsync(scope.ServiceProvider, groups, permission, [UserGroups.Administrators, UserGroups.Editors, UserGroups.Writers, UserGroups.OrganisationEditors], cancellationToken);
        }
        var backOffice = scope.ServiceProvider.GetRequiredService<IOptions<NmZaMeOptions>>().Value.BackOffice;
        if (backOffice.TwoFactorForPublishers)
        {
            await RequireTwoFactorForPublishersOnceAsync(scope.ServiceProvider, groups, cancellationToken);
        }
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var configured = !string.IsNullOrWhiteSpace(unattended.AdminPassword);
        var email = string.IsNullOrWhiteSpace(unattended.AdminEmail) ? "admin@nmzame.local" : unattended.AdminEmail.Trim();
        var password = configured ? unattended.AdminPassword! : OneTimePasswords.Generate();
        var admin = new BackOfficeUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            Name = string.IsNullOrWhiteSpace(unattended.AdminName) ? "Administrator" : unattended.AdminName.Trim(),
            MustChangePassword = !configured,
            LockoutEnabled = true,
            CreateDate = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(admin, password), "the administrator from NmZaMe:Unattended");
        Check(await users.AddToRoleAsync(admin, UserGroups.Administrators), "the administrator");

        if (configured)
        {
            logger.LogInformation("Created the administrator {Email} from NmZaMe:Unattended", email);
            return;
        }

        // The only time this password exists outside its hash; its property name (Logging.ConsoleOnlyProperty) keeps it out of the log file.
        logger.LogWarning(
            """

            ================================================================================
             NmZaMe: first start — an administrator was created.
               Sign in at /umbraco/login as {Email}
               with the one-time password  {OneTimePassword}
             It is shown only now and must be changed at the first sign-in.
             (Set NmZaMe__Unattended__AdminEmail/AdminPassword to choose them instead.)
            ================================================================================
            """,
            email,
            password);
    }

    /// <summary>
    /// A permission added in a later version goes to the default groups once, in installations whose groups already
    /// existed; an administrator who takes it away later is not overruled.
    /// </summary>
    private static async Task GrantOnceAsync(IServiceProvider services, RoleManager<UserGroup> groups, string permission, string[] aliases, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<NmZaMe.Cms.Persistence.CmsDbContext>();
        var marker = "grant:" + permission;
        if (await db.KeyValues.AnyAsync(k => k.Key == marker, cancellationToken))
        {
            return;
        }

        foreach (var alias in aliases)
        {
            if (await groups.FindByNameAsync(alias) is { } group && !(await groups.GetClaimsAsync(group)).Any(c => c.Type == Permissions.ClaimType && c.Value == permission))
            {
                Check(await groups.AddClaimAsync(group, new Claim(Permissions.ClaimType, permission)), $"user group {alias}");
            }
        }

        db.KeyValues.Add(new NmZaMe.Cms.Persistence.KeyValueRecord { Key = marker, Value = "1", UpdateDate = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every group that may publish gets "2FA required" once; an administrator who switches it off later is not overruled.</summary>
    private static async Task RequireTwoFactorForPublishersOnceAsync(IServiceProvider services, RoleManager<UserGroup> groups, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<NmZaMe.Cms.Persistence.CmsDbContext>();
        const string marker = "require2fa:content.publish";
        if (await db.KeyValues.AnyAsync(k => k.Key == marker, cancellationToken))
        {
            return;
        }

        foreach (var group in await groups.Roles.ToListAsync(cancellationToken))
        {
            if (!group.RequireTwoFactor && (await groups.GetClaimsAsync(group)).Any(c => c.Type == Permissions.ClaimType && c.Value == Permissions.ContentPublish))
            {
                group.RequireTwoFactor = true;
                Check(await groups.UpdateAsync(group), $"user group {group.Name}");
            }
        }

        db.KeyValues.Add(new NmZaMe.Cms.Persistence.KeyValueRecord { Key = marker, Value = "1", UpdateDate = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new BackOfficeSetupException($"Cannot create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed class BackOfficeSetupException(string message) : Exception(message);
