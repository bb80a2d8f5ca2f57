using System.IO.Hashing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace NmZaMe.Web.Api.Caching;

/// <summary>
/// Renders the inner result into memory, then sends it with a strong ETag (a 128-bit hash of the bytes) or, when the
/// client already holds those bytes, a 304 without a body. Only 200 answers get an ETag; a Cache-Control the
/// endpoint set itself (no-store on previews) is kept.
/// </summary>
public sealed class EntityTagResult(IResult inner, string cacheControl) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var prior = httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, prior);
        httpContext.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await inner.ExecuteAsync(httpContext);
            await capture.CompleteAsync();
        }
        finally
        {
            httpContext.Features.Set(prior);
        }

        var response = httpContext.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = EntityTag(buffer, httpContext.Request.Headers.AcceptEncoding.ToString());
            response.Headers.ETag = etag;
            if (string.IsNullOrEmpty(response.Headers.CacheControl))
            {
                response.Headers.CacheControl = cacheControl;
            }

            if (Matches(httpContext.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, httpContext.RequestAborted);
    }

    /// <summary>
    /// The hash covers the Accept-Encoding the answer is compressed for too: a strong ETag names one exact byte sequence,
    /// and the compressed bytes differ from the plain ones.
    /// </summary>
    private static string EntityTag(MemoryStream body, string acceptEncoding)
    {
        var hash = new XxHash128();
        hash.Append(body.GetBuffer().AsSpan(0, (int)body.Length));
        hash.Append(System.Text.Encoding.UTF8.GetBytes(acceptEncoding));
        return "\"" + Convert.ToHexStringLower(hash.GetCurrentHash()) + "\"";
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a W/ prefix on the client's tag still matches.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues header, string etag)
    {
        if (header.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var ours = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
