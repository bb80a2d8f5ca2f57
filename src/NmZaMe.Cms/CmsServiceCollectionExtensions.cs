using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NmZaMe.Cms.CallBacks;
using NmZaMe.Cms.Corrections;
using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Invitations;
using NmZaMe.Cms.Mail;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Redirects;
using NmZaMe.Cms.ReviewReminders;
using NmZaMe.Cms.Scheduling;
using NmZaMe.Cms.Search;
using NmZaMe.Cms.Search.Internal;
using NmZaMe.Cms.Sync;
using NmZaMe.Cms.Webhooks;

namespace NmZaMe.Cms;

/// <summary>The engine's one front door: everything it needs, and its background work, in one call.</summary>
public static class CmsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database, the published snapshot and the change pipeline with its handlers, search, redirects,
    /// scheduled publishing, media and uSync, from <see cref="CmsOptions"/>. A host adds its own change handlers after
    /// this call; they run after the engine's.
    /// </summary>
    public static IHostApplicationBuilder AddCms(this IHostApplicationBuilder builder)
    {
        var options = CmsOptions.Of(builder);
        var services = builder.Services;
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(Options.Create(options.Scheduling));
        services.TryAddSingleton(TimeProvider.System);

        var connectionString = builder.Configuration.GetConnectionString("Cms")
            ?? (options.Database.Provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(options.DataDirectory, "nmzame.db")};Pooling=True"
                : throw new InvalidOperationException("ConnectionStrings__Cms is required for the Postgres provider."));
        services.AddCmsDatabase(options.Database.Provider, connectionString);
        services.AddNodes(options.Database.Provider, connectionString, options.Nodes);
        services.AddSingleton(PropertyEditorCollection.Default);
        services.AddSingleton<USyncImporter>();
        services.AddSingleton<USyncExporter>();

        services.AddSingleton<PublishedSnapshotService>();
        services.AddSingleton<ISnapshotSource>(sp => sp.GetRequiredService<PublishedSnapshotService>());
        services.AddSingleton<PreviewSnapshotService>();
        services.AddSingleton(_ => new SearchIndex(Path.Combine(options.DataDirectory, "search", "index.db")));
        services.AddSingleton<SearchService>();
        services.AddSingleton(_ => new InternalIndex(Path.Combine(options.DataDirectory, "search", "internal.db")));
        services.AddSingleton<ISearchService>(sp => sp.GetRequiredService<SearchService>());
        services.AddSingleton<RedirectTracker>();
        services.AddSingleton<RunDueSchedules>();
        services.AddSingleton(new MediaFileStore(options.MediaFolder));
        services.AddScoped<UploadMedia>();
        services.AddScoped<CreateMediaFolder>();
        services.AddScoped<SaveMedia>();
        services.AddScoped<MoveMedia>();
        services.AddScoped<DeleteMedia>();
        services.AddScoped<MediaUsages>();
        var review = builder.Configuration.GetSection(NmZaMe.Cms.Catalogue.ReviewOptions.Section).Get<NmZaMe.Cms.Catalogue.ReviewOptions>() ?? new();
        services.AddSingleton(new NmZaMe.Cms.Catalogue.ReviewSchedule(review));
        services.TryAddSingleton<NmZaMe.Cms.Catalogue.IOpenCorrections, NmZaMe.Cms.Catalogue.NoOpenCorrections>();
        services.AddScoped<InviteOrganisationEditor>();
        services.AddScoped<ResendInvitation>();
        services.AddScoped<RevokeInvitation>();
        services.AddScoped<AcceptInvitation>();

        // Every committed write goes through ContentCommit; what follows it is listed here, in the order it runs.
        services.AddSingleton<ContentChangePipeline>();
        services.AddSingleton<ContentCommit>();
        services.AddSingleton<ChangeLog>();
        services.AddContentChangeWriter<ChangeLogWriter>();
        services.AddContentChangedHandler<SearchIndexUpdater>();
        // The back office's index (drafts and the recycle bin too): saved drafts reach it through the pipeline as well.
        services.AddSingleton<InternalIndexUpdater>();
        services.AddSingleton<IContentChangedHandler>(sp => sp.GetRequiredService<InternalIndexUpdater>());
        // Who points at what, for "referenced by" and the warning before trashing.
        services.AddSingleton<Content.ReferenceMap>();
        services.AddContentChangedHandler<Content.ReferenceMapUpdater>();
        services.AddContentChangedHandler<RedirectRecorder>();
        services.AddContentChangedHandler<RedirectTableRefresh>();
        services.AddWebhooks(options.Webhooks);

        // Started in this order: the index on disk is read while the redirect table and then the snapshot load.
        services.AddHostedService<SearchIndexPreloader>();
        services.AddHostedService(sp => sp.GetRequiredService<RedirectTracker>());
        services.AddSingleton<StartupWork>();
        services.AddHostedService<SnapshotLoader>();
        services.AddSingleNodeService<ScheduledPublishing>();
        services.AddSingleNodeService<AlertExpiry>();
        services.AddMail(options.Mail);
        services.AddReviewReminders(review);
        services.AddCallBacks(options.CallBack, options.DataDirectory, options.Database.Provider);
        services.AddCorrections(options.Corrections);
        services.AddSingleton<Sessions.KeptFormStore>();
        services.AddSingleNodeService<Sessions.KeptFormCleanup>();
        return builder;
    }
}
