using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Media;

/// <summary>
/// Cuts an upload that is too large before anything else reads it: a declared length over the limit is refused at
/// once, the server stops reading a body that grows past it, and each file in the form is limited to the configured
/// size. Runs before the antiforgery check, which would otherwise read the whole form first.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public bool IsReusable => false;

    public int Order => -10_000;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Filter(serviceProvider.GetRequiredService<IOptions<MediaOptions>>().Value, serviceProvider.GetRequiredService<BackOfficeText>(), Order);

    private sealed class Filter(MediaOptions options, BackOfficeText t, int order) : IAsyncAuthorizationFilter, IOrderedFilter
    {
        public int Order => order;

        public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return;
            }

            if (http.Request.ContentLength > options.MaxRequestBytes)
            {
                context.Result = TooLarge();
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = options.MaxRequestBytes;
            }

            if (!http.Request.HasFormContentType)
            {
                return;
            }

            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes }));
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

        private ContentResult TooLarge() => new()
        {
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ContentType = "text/plain; charset=utf-8",
            Content = t["Datoteka je prevelika: največ {0} MB.", (options.MaxUploadBytes / (1024.0 * 1024.0)).ToString("0.#", t.Culture)],
        };
    }
}
