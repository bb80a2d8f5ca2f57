using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NmZaMe.Cms.Nodes;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Scheduling;

namespace NmZaMe.Cms;

/// <summary>
/// The engine's settings, section <c>NmZaMe</c> (environment form <c>NmZaMe__DataDirectory</c>, …). Bound once per
/// host by <see cref="Of"/>; paths are made absolute against the content root there, so nothing else resolves them.
/// </summary>
public sealed class CmsOptions
{
    public const string Section = "NmZaMe";

    /// <summary>Where the SQLite database, the search index, logs and media live. Relative paths are relative to the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public USyncOptions USync { get; set; } = new();

    public SchedulingOptions Scheduling { get; set; } = new();

    public NodesOptions Nodes { get; set; } = new();

    public Mail.MailOptions Mail { get; set; } = new();

    public MediaOptions Media { get; set; } = new();

    public Webhooks.WebhookOptions Webhooks { get; set; } = new();

    public CallBacks.CallBackOptions CallBack { get; set; } = new();

    public Corrections.CorrectionOptions Corrections { get; set; } = new();

    /// <summary>Where uploaded media files are kept: the shared folder when set, else <c>{DataDirectory}/media</c>.</summary>
    public string MediaFolder => Media.SharedFolder ?? Path.Combine(DataDirectory, "media");

    /// <summary>The options of this host, bound from its configuration the first time they are asked for.</summary>
    public static CmsOptions Of(IHostApplicationBuilder builder)
    {
        if (builder.Properties.TryGetValue(typeof(CmsOptions), out var known))
        {
            return (CmsOptions)known;
        }

        var options = builder.Configuration.GetSection(Section).Get<CmsOptions>() ?? new CmsOptions();
        var root = builder.Environment.ContentRootPath;
        options.DataDirectory = Path.GetFullPath(Path.Combine(root, options.DataDirectory));
        options.Media.SharedFolder = string.IsNullOrWhiteSpace(options.Media.SharedFolder) ? null : Path.GetFullPath(Path.Combine(root, options.Media.SharedFolder));
        options.USync.Folder = string.IsNullOrWhiteSpace(options.USync.Folder) ? FindUSync(root) : Path.GetFullPath(Path.Combine(root, options.USync.Folder));
        builder.Properties[typeof(CmsOptions)] = options;
        return options;
    }

    // By default the nearest uSync/ above the content root: the repository's, when run from a checkout.
    private static string? FindUSync(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "uSync");
            if (Directory.Exists(Path.Combine(candidate, "v17")))
            {
                return candidate;
            }
        }

        return null;
    }
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public sealed class USyncOptions
{
    /// <summary>The folder that holds <c>v17/</c>; by default the repository's top-level <c>uSync/</c>. Null when there is none.</summary>
    public string? Folder { get; set; }

    public bool ImportAtStartup { get; set; } = true;
}

public sealed class MediaOptions
{
    /// <summary>
    /// A folder every node reads and writes (a network share or a mounted volume), for several nodes on one PostgreSQL
    /// database; files are written under random names and moved into place whole, so nodes never see half a file.
    /// Unset, media files are kept in the node's own data directory, which serves one node.
    /// </summary>
    public string? SharedFolder { get; set; }
}
