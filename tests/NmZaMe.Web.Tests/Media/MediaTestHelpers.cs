using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Web.Tests.BackOffice;

namespace NmZaMe.Web.Tests.Media;

/// <summary>What the media tests do through the real forms: sign in, create a folder, upload, find items in the database.</summary>
internal static class MediaTestHelpers
{
    public const string Password = "modra-reka-krka-tece";

    public static async Task<BackOfficeSession> SignInAsync(CmsApplication app, string email, string group)
    {
        await BackOfficeSession.CreateUserAsync(app, email, Password, group);
        var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync(email, Password);
        return session;
    }

    /// <summary>Limits a user to a media folder, as the Users section does (MediaStartFolderTests).</summary>
    public static async Task SetStartFolderAsync(CmsApplication app, string email, Guid folder)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<NmZaMe.Cms.Users.BackOfficeUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.StartMediaKey = folder;
        await users.UpdateAsync(user);
    }

    public static async Task<Guid> CreateFolderAsync(CmsApplication app, BackOfficeSession session, string name, Guid? parent = null)
    {
        using var response = await session.SubmitAsync(parent is null ? "/umbraco/media" : $"/umbraco/media/{parent}", new Dictionary<string, string> { ["FolderName"] = name }, "Folder");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await FindAsync(app, name))!.Key;
    }

    public static Task<HttpResponseMessage> UploadAsync(BackOfficeSession session, Guid? folder, Dictionary<string, string> fields, params FormFile[] files)
    {
        var url = folder is null ? "/umbraco/media/upload" : $"/umbraco/media/upload/{folder}";
        return session.SubmitMultipartAsync(url, fields, files);
    }

    public static async Task<NodeRecord?> FindAsync(CmsApplication app, string name)
    {
        await using var db = app.CreateDbContext();
        var media = await db.Nodes.AsNoTracking().Where(n => n.Kind == ContentKind.Media).ToListAsync();
        return media.FirstOrDefault(n => ContentData.Deserialize(n.DraftData).Names.Values.Contains(name));
    }

    public static async Task<int> MediaCountAsync(CmsApplication app)
    {
        await using var db = app.CreateDbContext();
        return await db.Nodes.CountAsync(n => n.Kind == ContentKind.Media);
    }

    /// <summary>Files in the media store other than the seed's own (uSync/media), which every full-seed application has.</summary>
    public static int StoredFiles(CmsApplication app) => UploadedFiles(app).Count;

    public static List<string> UploadedFiles(CmsApplication app)
    {
        var root = Path.Combine(app.DataDirectory, "media");
        var seedDirectory = Path.Combine(CmsApplication.RepositoryUSync, "media");
        var seed = Directory.Exists(seedDirectory) ? Directory.EnumerateDirectories(seedDirectory).Select(Path.GetFileName).ToHashSet() : [];
        return Directory.Exists(root) ? Directory.EnumerateFiles(root).Where(f => !seed.Contains(Path.GetFileNameWithoutExtension(f))).ToList() : [];
    }

    public static string FileUrl(NodeRecord node) =>
        NmZaMe.Cms.Media.MediaItems.StoredFile(ContentData.Deserialize(node.DraftData)) is { } f ? $"/media/{f.Id}/{f.Name}" : throw new InvalidOperationException("No file.");
}
