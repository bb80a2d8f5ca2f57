using NmZaMe.Cms.Media;

namespace NmZaMe.Web.MediaFiles;

public static class MediaSetup
{
    /// <summary>The media store under <c>{DataDirectory}/media</c> (outside wwwroot) and the media use cases.</summary>
    public static void AddMediaLibrary(this WebApplicationBuilder builder, string dataDirectory)
    {
        var services = builder.Services;
        services.Configure<MediaOptions>(builder.Configuration.GetSection(MediaOptions.Section));
        services.AddSingleton(new MediaFileStore(Path.Combine(dataDirectory, "media")));
        services.AddSingleton<MediaFileIndex>();
        services.AddScoped<UploadMedia>();
        services.AddScoped<CreateMediaFolder>();
        services.AddScoped<SaveMedia>();
        services.AddScoped<MoveMedia>();
        services.AddScoped<DeleteMedia>();
        services.AddScoped<MediaUsages>();
    }
}
