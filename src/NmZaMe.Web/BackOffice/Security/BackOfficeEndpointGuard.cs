using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// Deny by default under /umbraco: an endpoint there (other than the public Delivery API) that declares neither a
/// policy nor anonymous access is treated as administrators-only, and the omission is logged. Without this, a
/// forgotten attribute on a future page or API would make it public.
/// </summary>
public sealed class BackOfficeEndpointGuard(RequestDelegate next, ILogger<BackOfficeEndpointGuard> logger)
{
    public async Task InvokeAsync(HttpContext context, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null
            || !BackOfficePaths.IsBackOffice(context.Request.Path)
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            await next(context);
            return;
        }

        logger.LogError("Back-office endpoint {Endpoint} declares no authorization; only administrators may use it", endpoint.DisplayName);
        var policy = await policies.GetPolicyAsync(BackOfficePolicies.Users) ?? throw new InvalidOperationException("The users policy is missing.");
        var authentication = await evaluator.AuthenticateAsync(policy, context);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, context, resource: endpoint);
        if (authorization.Succeeded)
        {
            await next(context);
        }
        else if (authorization.Challenged)
        {
            await context.ChallengeAsync();
        }
        else
        {
            await context.ForbidAsync();
        }
    }
}
