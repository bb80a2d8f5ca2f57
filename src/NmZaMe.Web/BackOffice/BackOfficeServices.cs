using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using NmZaMe.Cms.Users;
using NmZaMe.Web.BackOffice.Localization;
using NmZaMe.Web.BackOffice.Media;
using NmZaMe.Web.BackOffice.Security;
using NmZaMe.Web.Hosting;

namespace NmZaMe.Web.BackOffice;

public static class BackOfficeServices
{
    public const string CookieName = "NmZaMe.BackOffice";

    /// <summary>The prefix browsers enforce for Secure, host-only, path-<c>/</c> cookies.</summary>
    public const string HostPrefix = "__Host-";

    public static void AddBackOffice(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection($"{NmZaMeOptions.Section}:BackOffice");
        var options = section.Get<BackOfficeOptions>() ?? new BackOfficeOptions();
        var services = builder.Services;
        services.Configure<BackOfficeOptions>(section);
        services.Configure<MediaOptions>(builder.Configuration.GetSection(MediaOptions.Section));

        services.AddIdentity<BackOfficeUser, UserGroup>(o =>
            {
                // Length and the common-password list, no composition rules (ASVS 6.2.5); 10 is Umbraco's default.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddUserStore<BackOfficeUserStore>()
            .AddRoleStore<Microsoft.AspNetCore.Identity.EntityFrameworkCore.RoleStore<UserGroup, NmZaMe.Cms.Persistence.CmsDbContext, Guid>>()
            .AddUserManager<BackOfficeUserManager>()
            .AddSignInManager<BackOfficeSignInManager>()
            .AddClaimsPrincipalFactory<BackOfficeClaimsFactory>()
            .AddErrorDescriber<SlovenianIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddSingleton<CommonPasswords>();
        services.AddHttpContextAccessor();
        services.AddSingleton<Localization.BackOfficeDictionary>();
        services.AddScoped<Localization.BackOfficeText>();
        services.AddScoped<CurrentEditor>();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, Localization.BackOfficeStringLocalizerFactory>();
        services.Configure<Microsoft.AspNetCore.Mvc.DataAnnotations.MvcDataAnnotationsLocalizationOptions>(o =>
            o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Localization.BackOfficeText)));
        services.AddBackOfficeModelBindingMessages();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<EqualTimePasswordCheck.DummyHash>();
        services.AddScoped<EqualTimePasswordCheck>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Session.KeptForms>();
        services.AddSingleton<Spreadsheets.ImportBatches>();
        services.AddSingleton<Session.SessionClock>();

        // Slovenian letters as they are, not as &#x10D; entities; markup characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var cookieName = options.HttpsOnly ? HostPrefix + CookieName : CookieName;
        void BackOfficeCookie(CookieBuilder cookie, string name)
        {
            cookie.Name = name;
            cookie.HttpOnly = true;
            cookie.SameSite = SameSiteMode.Strict;
            cookie.IsEssential = true;
            // __Host- demands path "/"; the narrower path is kept where the prefix is not used.
            cookie.Path = options.HttpsOnly ? "/" : BackOfficePaths.Root;
            cookie.SecurePolicy = options.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        }

        services.ConfigureApplicationCookie(o =>
        {
            BackOfficeCookie(o.Cookie, cookieName);
            o.LoginPath = BackOfficePaths.SignIn;
            o.LogoutPath = BackOfficePaths.SignOut;
            o.AccessDeniedPath = BackOfficePaths.AccessDenied;
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(options.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            // The sign-in page redirects to the checked, percent-encoded address itself (BackOfficePaths.SafeReturnUrl).
            // The handler's own redirect on signing in at LoginPath writes the raw decoded returnUrl into Location, which
            // Kestrel refuses for non-ASCII and control characters: a 500 and a lost sign-in (review F3).
            o.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            o.Events.OnValidatePrincipal = async context =>
            {
                var started = BackOfficeSignInManager.SessionStarted(context.Properties);
                if (started is null || DateTimeOffset.UtcNow - started > TimeSpan.FromHours(options.MaxSessionHours))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                // The keep-alive exists to start the idle limit again, whatever else renews the cookie.
                if (context.Request.Path.Equals(BackOfficePaths.KeepAlive, StringComparison.OrdinalIgnoreCase))
                {
                    // A keep-alive sent while typing can still be in flight with the old cookie when the form it was typed
                    // in changes the security stamp and signs in again (enabling 2FA, a new password). Signing out here
                    // would answer with a cookie deletion arriving after the new cookie and end the session just begun;
                    // a stale cookie is refused on every request anyway, so this one is only refused.
                    var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<BackOfficeUser>>();
                    if (await signIn.ValidateSecurityStampAsync(context.Principal) is null)
                    {
                        context.RejectPrincipal();
                        return;
                    }

                    context.ShouldRenew = true;
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            BackOfficeCookie(o.Cookie, cookieName + ".2fa");
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => BackOfficeCookie(o.Cookie, cookieName + ".2faRemember"));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => BackOfficeCookie(o.Cookie, cookieName + ".External"));

        // Every request re-checks the security stamp, so "sign out everywhere", a lock or a group change applies at once;
        // back-office traffic is small enough for the extra query.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAntiforgery(o =>
        {
            BackOfficeCookie(o.Cookie, cookieName + ".Antiforgery");
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.AddAuthorization(BackOfficePolicies.Add);
        services.AddRateLimiter(o => SignInThrottle.AddPolicies(o, options));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/BackOffice";

            // Deny by default: every page needs a signed-in user; pages add their permission policy, sign-in pages opt out.
            o.Conventions.AuthorizeFolder("/", BackOfficePolicies.SignedIn);
        });
    }

    /// <summary>
    /// A back-office GET that fails without a body (a 404 for an item outside the editor's start nodes, review B11) gets
    /// a back-office page, not the ProblemDetails JSON the APIs answer. Before routing, so the re-executed request is
    /// routed to the page.
    /// </summary>
    public static void UseBackOfficeStatusPages(this WebApplication app) =>
        app.UseWhen(c => BackOfficePaths.IsBackOffice(c.Request.Path) && HttpMethods.IsGet(c.Request.Method),
            branch => branch.UseStatusCodePagesWithReExecute(BackOfficePaths.Status));

    public static void UseBackOffice(this WebApplication app)
    {
        app.UseWhen(c => BackOfficePaths.IsBackOffice(c.Request.Path), branch =>
            branch.Use(async (context, next) =>
            {
                // Back-office answers are personal: never cached, never framed.
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.XFrameOptions = "DENY";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "same-origin";
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
                await next(context);
            }));
        // Static files and routing are set up by the public site, which runs first.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<Session.KeepFormOnExpiredSession>();
        app.UseMiddleware<PendingStepRedirect>();
        app.UseMiddleware<BackOfficeEndpointGuard>();
        app.UseAuthorization();
        app.MapRazorPages();
    }
}
