using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Sync;
using NmZaMe.Web.Api.Delivery;
using NmZaMe.Web.Api.Delivery.OpenApi;
using NmZaMe.Web.BackOffice;
using NmZaMe.Web.BackOffice.Users;
using NmZaMe.Web.Hosting;
using NmZaMe.Web.MediaFiles;
using NmZaMe.Web.Search;
using NmZaMe.Cms.Search;
using NmZaMe.Web.Site;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(NmZaMeOptions.Section).Get<NmZaMeOptions>() ?? new NmZaMeOptions();
var dataDirectory = CmsPaths.DataDirectory(options, builder.Environment.ContentRootPath);
Directory.CreateDirectory(dataDirectory);
builder.AddCmsLogging(dataDirectory);

builder.Services.Configure<NmZaMeOptions>(builder.Configuration.GetSection(NmZaMeOptions.Section));
var connectionString = builder.Configuration.GetConnectionString("Cms")
    ?? (options.Database.Provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(dataDirectory, "nmzame.db")};Pooling=True"
        : throw new InvalidOperationException("ConnectionStrings__Cms is required for the Postgres provider."));
builder.Services.AddCmsDatabase(options.Database.Provider, connectionString);
builder.Services.AddSingleton(PropertyEditorCollection.Default);
builder.Services.AddSingleton<USyncImporter>();
builder.Services.AddSingleton<USyncExporter>();
builder.Services.AddSingleton<PublishedSnapshotService>();
builder.Services.AddSingleton<ISnapshotSource>(sp => sp.GetRequiredService<PublishedSnapshotService>());
builder.Services.AddSingleton<PreviewSnapshotService>();
builder.Services.AddSingleton<DeliveryAccess>();
builder.Services.AddSingleton(_ => new SearchIndex(Path.Combine(dataDirectory, "search", "index.db")));
builder.Services.AddSingleton<SearchService>();
builder.Services.AddSingleton<ISearchService>(sp => sp.GetRequiredService<SearchService>());
builder.Services.AddHostedService<SearchIndexer>();
builder.Services.AddSingleton<NmZaMe.Cms.Redirects.RedirectTracker>();
builder.Services.AddSingleton<ContentChangePipeline>();
builder.Services.AddSingleton<ContentCommit>();
builder.Services.AddContentChangedHandler<SearchIndexUpdater>();
builder.Services.AddContentChangedHandler<NmZaMe.Cms.Redirects.RedirectRecorder>();
builder.Services.AddHostedService<NmZaMe.Web.Redirects.RedirectLoader>();
builder.Services.AddHostedService<SnapshotLoader>();
builder.Services.AddSingleton<NmZaMe.Cms.Scheduling.RunDueSchedules>();
builder.Services.AddHostedService<NmZaMe.Web.Scheduling.ScheduledPublishing>();
builder.Services.AddProblemDetails();
builder.AddBackOffice();
builder.AddMediaLibrary(dataDirectory);
builder.Services.AddPublicSite();
builder.Services.AddHealthChecks()
    .AddCheck<SnapshotReadyCheck>("snapshot", tags: ["ready"])
    .AddCheck<SearchReadyCheck>("search", tags: ["ready"]);

var app = builder.Build();

try
{
    await CmsStartup.InitialiseAsync(app.Services);
    await BackOfficeSeeder.SeedAsync(app.Services);
}
catch (Exception e) when (e is USyncException or BackOfficeSetupException)
{
    app.Logger.LogCritical("{Message}", e.Message);
    await app.DisposeAsync();
    return 1;
}

app.UseCmsForwardedHeaders(options);
app.UseMiddleware<RequestLogging>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UsePublicSite();
app.UseBackOffice();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
app.MapGroup("/umbraco/delivery/api/v2").MapDeliveryContent().MapDeliveryMedia();
app.MapDeliveryOpenApi();
app.MapMediaFiles();
app.MapBenchmarkEndpoints(app.Configuration);
app.MapPublicSite();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        app.Logger.LogInformation("NmZaMe is listening on {Url} (site: {Url}/sl/, Delivery API: {Url}/umbraco/delivery/api/v2/content, health: {Url}/health/ready)", url, url, url, url);
    }
});

await app.RunAsync();
return 0;

public partial class Program;
