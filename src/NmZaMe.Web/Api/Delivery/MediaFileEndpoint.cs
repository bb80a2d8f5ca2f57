using Microsoft.Net.Http.Headers;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Delivery;

/// <summary>
/// Serves <c>/media/{id}/{name}</c>, Umbraco's URL shape, from the store. Only files of media items in the published
/// snapshot are served; media is published when uploaded, so editors and citizens see the same files and the answer
/// can be cached publicly. Ids are random and never reused, so a URL's bytes never change: cached for a year.
/// </summary>
public static class MediaFileEndpoint
{
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/media/{id}/{name}", [HttpMethods.Get, HttpMethods.Head], Serve).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(string id, string name, HttpContext http, ISnapshotSource snapshots, MediaFileIndex index, MediaFileStore store)
    {
        if (!MediaFileStore.IsId(id) || !snapshots.IsLoaded || index.Find(snapshots.Current, id) is not { } media)
        {
            return Results.NotFound();
        }

        // The name must be the one the item was stored with: one URL per file, nothing for a crafted name to reach.
        var file = MediaItems.StoredFile(snapshots.Current.MediaUrl(media.Key));
        var extension = media.Value("umbracoExtension", string.Empty) as string;
        if (file?.Name != name || extension is null || store.PathOf(id, extension) is not { } path || !File.Exists(path))
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(name);
        headers.ContentDisposition = disposition.ToString();
        return Results.File(path, MediaFileType.ContentTypes[extension], lastModified: File.GetLastWriteTimeUtc(path),
            entityTag: new EntityTagHeaderValue($"\"{id}\""), enableRangeProcessing: true);
    }
}
