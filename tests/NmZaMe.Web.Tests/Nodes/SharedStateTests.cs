using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;

namespace NmZaMe.Web.Tests.Nodes;

/// <summary>What a user does on one node works on the other: sign-in cookies, antiforgery tokens and media files.</summary>
public sealed class SharedStateTests
{
    [Fact]
    public async Task A_sign_in_and_an_antiforgery_token_from_one_node_are_accepted_by_the_other_and_the_key_is_never_logged()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var (a, b) = await cluster.StartTwoAsync();
        // One browser behind a load balancer: the same cookies go to whichever node answers.
        var cookies = new CookieContainer();
        using var onA = new BackOfficeSession(a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        using var onB = new BackOfficeSession(b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        await BackOfficeSession.CreateUserAsync(a, "urednik@example.si", Password, UserGroups.Editors);

        await onA.SignInOkAsync("urednik@example.si", Password);
        await onB.GetPageAsync("/umbraco");

        var (_, service) = PublishedService(a);
        var url = $"/umbraco/content/{service.Key}/trash";
        var token = BackOfficeSession.Token(await onA.GetPageAsync(url));
        using (var forged = await onB.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token[..^4] + "AAAA")])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using (var trashed = await onB.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        Assert.Null(b.Snapshot.Get(service.Key));
        await Eventually.TrueAsync(() => a.Snapshot.Get(service.Key) is null, "the node that made the form sees the trash");

        await using var db = a.CreateDbContext();
        var key = Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Contains("<masterKey", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Logs.Concat(b.Logs), l => l.Message.Contains("masterKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_uploaded_on_one_node_is_served_by_the_other_from_the_shared_media_folder()
    {
        using var shared = new TempDirectory();
        using var cluster = await NodeCluster.CreateAsync(new Dictionary<string, string?> { ["NmZaMe:Media:SharedFolder"] = shared.Path });
        var (a, b) = await cluster.StartTwoAsync();
        var clientB = b.CreateClient(new() { AllowAutoRedirect = false });
        using var editor = await SignInAsync(a, "urednik@example.si", UserGroups.Editors);
        var png = TestFiles.Png(4, 3);

        using (var upload = await UploadAsync(editor, null, new Dictionary<string, string> { ["Items[0].Alt[inv]"] = "Zemljevid", ["Items[0].Name"] = "Zemljevid" },
            new FormFile("Items[0].File", "zemljevid.png", png, "application/octet-stream")))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var media = (await FindAsync(a, "Zemljevid"))!;
        await Eventually.TrueAsync(() => b.Snapshot.Media.ContainsKey(media.Key), "the other node has the media item");
        using var response = await clientB.GetAsync(FileUrl(media));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
        // Stored once for both nodes (beside the seed's logos, which the first start copied there).
        Assert.Single(Directory.EnumerateFiles(shared.Path), f => File.ReadAllBytes(f).AsSpan().SequenceEqual(png));
        Assert.DoesNotContain(a.Logs, l => l.Message.StartsWith("Media files are kept in this node's data directory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_node_on_postgresql_without_a_shared_media_folder_says_so_at_start_up()
    {
        using var cluster = await NodeCluster.CreateAsync();
        var a = cluster.Node();
        await a.StartAsync();
        Assert.Contains(a.Logs, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && l.Message.StartsWith("Media files are kept in this node's data directory", StringComparison.Ordinal) && l.Message.Contains("NmZaMe__Media__SharedFolder", StringComparison.Ordinal));
    }
}
