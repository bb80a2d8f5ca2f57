using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Media;

/// <summary>
/// Cuts an upload that is too large before anything else reads it: a declared length over the limit is refused at
/// once, the server stops reading a body that grows past it, and each file in the form is limited to the configured
/// size. Runs before the antiforgery check, which would otherwise read the whole form first. Media uploads take the
/// limits of <see cref="MediaOptions"/>; another upload (the spreadsheet import) names its own file size and a page to
/// send the editor to, which then says what went wrong.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public bool IsReusable => false;

    public int Order => -10_000;

    /// <summary>The largest file; 0 for the media library's <see cref="MediaOptions.MaxUploadBytes"/> (three files a form).</summary>
    public long MaxFileBytes { get; set; }

    /// <summary>Where a too large upload is redirected (with <c>?tooLarge=true</c>) instead of a plain 413 answer.</summary>
    public string? TooLargePage { get; set; }

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider)
    {
        var media = serviceProvider.GetRequiredService<IOptions<MediaOptions>>().Value;
        var limits = MaxFileBytes > 0 ? (File: MaxFileBytes, Request: MaxFileBytes + (64 * 1024)) : (File: media.MaxUploadBytes, Request: media.MaxRequestBytes);
        return new Filter(limits.File, limits.Request, TooLargePage, serviceProvider.GetRequiredService<BackOfficeText>(), Order);
    }

    private sealed class Filter(long maxUploadBytes, long maxRequestBytes, string? tooLargePage, BackOfficeText t, int order) : IAsyncAuthorizationFilter, IOrderedFilter
    {
        public int Order => order;

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return;
            }

            if (http.Request.ContentLength > maxRequestBytes)
            {
                context.Result = TooLarge();
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxRequestBytes;
            }

            if (!http.Request.HasFormContentType)
            {
                return;
            }

            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = maxUploadBytes }));
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                context.Result = e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)
                    ? TooLarge()
                    : new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/plain; charset=utf-8", Content = t["Obrazec ni veljaven. Poskusite znova."] };
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                context.Result = TooLarge();
            }
        }

        private IActionResult TooLarge() => tooLargePage is not null ? new RedirectResult(tooLargePage + "?tooLarge=true") : new ContentResult
        {
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ContentType = "text/plain; charset=utf-8",
            Content = t["Datoteka je prevelika: največ {0} MB.", (maxUploadBytes / (1024.0 * 1024.0)).ToString("0.#", t.Culture)],
        };
    }
}
