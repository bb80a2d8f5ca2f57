using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>
/// Rate limits on sign-in: per client address (the rate-limiter middleware, policy <see cref="PerAddressPolicy"/>) and
/// per account name (checked by the sign-in handler, which is the first place the name is known). Fixed windows;
/// only POSTs count, so showing the form is never refused.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const string PerAddressPolicy = "backoffice-signin";

    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<BackOfficeOptions> options)
    {
        var o = options.Value;
        _perAccount = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.SignInAttemptsPerAccount,
            Window = TimeSpan.FromSeconds(o.SignInWindowSeconds),
            QueueLimit = 0,
        }));
    }

    /// <summary>Null when the attempt may go ahead, otherwise how long to wait.</summary>
    public TimeSpan? TryAccountAttempt(string account)
    {
        using var lease = _perAccount.AttemptAcquire(account.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _perAccount.Dispose();

    public static void AddPolicies(RateLimiterOptions limiter, BackOfficeOptions options)
    {
        limiter.AddPolicy(PerAddressPolicy, context =>
            HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter((context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.SignInAttemptsPerAddress,
                    Window = TimeSpan.FromSeconds(options.SignInWindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
        limiter.OnRejected = (context, _) =>
            new ValueTask(TooManyRequestsPage.WriteAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null));
    }
}
