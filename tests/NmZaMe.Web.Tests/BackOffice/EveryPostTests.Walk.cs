using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// What the walk sends, and the proof that it can change the site: the same POST, with the same fields, sent by an
/// editor who may publish must change it. Without that control a walk whose fields a route cannot use (a stale version,
/// a sort without every child, a media route without its key) passes for writers whatever the rights are.
/// </summary>
public sealed partial class EveryPostTests
{
    /// <summary>The items the walk aims at: a published service, its organisation (sort, list) and another one (move target), live media and a folder.</summary>
    private sealed record Walk(Guid Service, Guid Organisation, Guid OtherOrganisation, IReadOnlyList<Guid> Children, Guid Media, Guid Folder);

    [Theory]
    [InlineData("/umbraco/content/{S}/edit", "", "publish")]
    [InlineData("/umbraco/content/{S}/edit", "", "unpublish")]
    [InlineData("/umbraco/content/{S}/move", "", "save")]
    [InlineData("/umbraco/content/{O}/sort", "", "save")]
    [InlineData("/umbraco/content/{S}/trash", "", "save")]
    [InlineData("/umbraco/content/{O}/list", "Unpublish", "save")]
    [InlineData("/umbraco/content/{O}/list", "Move", "save")]
    [InlineData("/umbraco/content/{O}/list", "Trash", "save")]
    [InlineData("/umbraco/media/{M}", "Save", "save")]
    [InlineData("/umbraco/media/{M}", "Move", "save")]
    public async Task The_walks_post_changes_the_live_site_when_an_editor_sends_it(string route, string handler, string op)
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 1).OrderBy(c => c.Key).Take(2).ToList();
        var mediaKey = await SharedLogoAsync(app);
        await ShowOnPublishedPageAsync(app, organisations[1].Key, mediaKey);
        var walk = await WalkAsync(app, organisations, app.Snapshot.ChildrenOf(organisations[0].Key).First().Key, mediaKey);
        var url = route.Replace("{S}", walk.Service.ToString(), StringComparison.Ordinal).Replace("{O}", walk.Organisation.ToString(), StringComparison.Ordinal)
            .Replace("{M}", walk.Media.ToString(), StringComparison.Ordinal);
        Assert.Contains((url, handler), PostHandlers(app, walk));

        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", Password, UserGroups.Editors);
        using var editor = BackOfficeSession.Create(app);
        await editor.SignInOkAsync("urednica@example.si", Password);
        var token = BackOfficeSession.Token(await editor.GetPageAsync("/umbraco/content"));
        var before = await LiveStateAsync(app);
        var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
        using var response = await editor.Client.PostAsync(target, new FormUrlEncodedContent(await FieldsAsync(app, walk, token, op, url, editor)));

        Assert.True(!(await LiveStateAsync(app)).SequenceEqual(before), $"POST {target} op={op} as an editor changed nothing ({(int)response.StatusCode}).");
    }

    private static async Task ShowOnPublishedPageAsync(CmsApplication app, Guid organisation, Guid mediaKey)
    {
        await using var db = app.CreateDbContext();
        var node = await db.Nodes.FirstAsync(n => n.Key == organisation);
        var published = ContentData.Deserialize(node.PublishedData!);
        published.SetValue("logo", string.Empty, $"[{{\"key\":\"{Guid.NewGuid()}\",\"mediaKey\":\"{mediaKey}\"}}]");
        node.PublishedData = published.Serialize();
        await db.SaveChangesAsync();
    }

    private static async Task<Walk> WalkAsync(CmsApplication app, IReadOnlyList<PublishedContent> organisations, Guid service, Guid media)
    {
        using var editor = await Media.MediaTestHelpers.SignInAsync(app, "mape@example.si", UserGroups.Editors);
        var folder = await Media.MediaTestHelpers.CreateFolderAsync(app, editor, "Cilj premika");
        var children = app.Snapshot.ChildrenOf(organisations[0].Key).Select(c => c.Key).ToList();
        return new Walk(service, organisations[0].Key, organisations[1].Key, children, media, folder);
    }

    /// <summary>
    /// The fields every handler gets: the item's current version (a save changes it), every child of the organisation in
    /// reverse order with their positions (sort, bulk actions), another organisation as the new parent, a folder as
    /// the media's new place, and the rest a live change would need.
    /// </summary>
    /// <param name="session">When given, the content editor's routes also get every field of its form as the page renders it for this user.</param>
    private static async Task<List<KeyValuePair<string, string>>> FieldsAsync(CmsApplication app, Walk walk, string token, string op, string url, BackOfficeSession? session = null)
    {
        var fields = await GenericFieldsAsync(app, walk, token, op, url);
        if (session is null || !url.StartsWith("/umbraco/content/", StringComparison.Ordinal) || !url.EndsWith("/edit", StringComparison.Ordinal))
        {
            return fields;
        }

        // An editor's own walk may have moved the item to the recycle bin already.
        using (var page = await session.Client.GetAsync(url + "?culture=sl-SI"))
        {
            if (page.StatusCode != System.Net.HttpStatusCode.OK)
            {
                return fields;
            }
        }

        var form = await ContentEditorTests.AllFieldsAsync(session, url + "?culture=sl-SI");
        return [.. form.Where(f => fields.All(g => g.Key != f.Key)), .. fields];
    }

    private static async Task<List<KeyValuePair<string, string>>> GenericFieldsAsync(CmsApplication app, Walk walk, string token, string op, string url)
    {
        var versionOf = url.StartsWith("/umbraco/media", StringComparison.Ordinal) ? walk.Media : walk.Service;
        await using var db = app.CreateDbContext();
        var version = await db.Nodes.AsNoTracking().Where(n => n.Key == versionOf).Select(n => n.Version).FirstOrDefaultAsync();
        var children = walk.Children.Reverse().ToList();
        return
        [
            new("__RequestVerificationToken", token),
            new("op", op),
            new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Confirm", "true"),
            new("Republish", "true"),
            new("IncludeUnpublished", "true"),
            new("ParentKey", walk.OtherOrganisation.ToString()),
            new("Target", walk.Folder.ToString()),
            new("Name", "Spremenjeno"),
            new("Alt[inv]", "Spremenjeno"),
            .. children.Select((key, i) => new KeyValuePair<string, string>($"Keys[{i}]", key.ToString())),
            .. children.Select((_, i) => new KeyValuePair<string, string>($"Positions[{i}]", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            new("Culture", "sl-SI"),
            new("Cultures", "sl-SI"),
            new("PublishCultures", "sl-SI"),
            new("Permissions", Permissions.ContentPublish),
            new("SelectedGroups", UserGroups.Administrators),
            new("Note", "Spremenjeno"),
        ];
    }

    private static List<(string Url, string Handler)> PostHandlers(CmsApplication app, Walk walk)
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var posts = new List<(string, string)>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (!NmZaMe.Web.BackOffice.BackOfficePaths.IsBackOffice(new PathString(pattern.Split('{')[0].TrimEnd('/') is { Length: > 0 } p ? p : "/"))
                || endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods && !methods.HttpMethods.Contains(HttpMethods.Post))
            {
                continue;
            }

            // Sorting and list views act on an item's children: the organisation. Media routes act on the live logo.
            var key = pattern.StartsWith("/umbraco/media", StringComparison.Ordinal) ? walk.Media
                : pattern.EndsWith("/sort", StringComparison.Ordinal) || pattern.EndsWith("/list", StringComparison.Ordinal) ? walk.Organisation
                : walk.Service;
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var model = page is null ? null : pages.FirstOrDefault(t => t.FullName == ModelTypeName(page));
            var handlers = model?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => m.Name["OnPost".Length..].Replace("Async", string.Empty, StringComparison.Ordinal))
                .Distinct().ToList() ?? [string.Empty];
            // A route with an optional key is walked with it (an item) and without it (the top level, a new item).
            foreach (var url in new[] { Url(endpoint.RoutePattern, key, withOptional: true), Url(endpoint.RoutePattern, key, withOptional: false) }.Distinct())
            {
                posts.AddRange(handlers.Select(h => (url, h)));
            }
        }

        // Signing out (F1: on the server) and the account's own pages end or renew the session: last, so the rest is walked signed in.
        return posts.Distinct().OrderBy(p => p.Item1.StartsWith("/umbraco/logout", StringComparison.Ordinal) || p.Item1.StartsWith("/umbraco/account", StringComparison.Ordinal)).ToList();
    }

    /// <summary>A page's model by convention: <c>BackOffice/Content/Edit.cshtml</c> holds <c>NmZaMe.Web.BackOffice.Content.EditModel</c>.</summary>
    private static string ModelTypeName(PageActionDescriptor page)
    {
        var path = page.RelativePath.TrimStart('/').Replace(".cshtml", string.Empty, StringComparison.Ordinal).Split('/');
        return "NmZaMe.Web." + string.Join('.', path[..^1]) + "." + path[^1] + "Model";
    }

    /// <summary>The route with its key filled in; optional keys too when asked (a media item's page is <c>/umbraco/media/{key?}</c>).</summary>
    private static string Url(RoutePattern pattern, Guid key, bool withOptional) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { IsOptional: true } parameter when !withOptional || parameter.ParameterPolicies.All(p => p.Content != "guid") => string.Empty,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => key.ToString(),
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "1",
            RoutePatternParameterPart => "x",
            _ => string.Empty,
        })))).TrimEnd('/');
}
