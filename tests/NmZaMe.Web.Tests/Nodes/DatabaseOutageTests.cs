using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Web.Tests.BackOffice;
using NmZaMe.Web.Tests.Postgres;
using static NmZaMe.Web.Tests.Scheduling.SchedulingTests;

namespace NmZaMe.Web.Tests.Nodes;

/// <summary>
/// PostgreSQL really stopped (pg_ctl stop -m fast) under a running node, on a cluster of the test's own: reads keep
/// answering from the snapshot, what needs the database answers 503 and saves nothing, and both recover by themselves.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string ApiKey = "predogled-kljuc";

    [Fact]
    public async Task While_PostgreSQL_is_stopped_reads_answer_from_the_snapshot_writes_answer_503_and_both_recover_by_themselves()
    {
        await using var server = await PostgresServer.StartDedicatedAsync();
        using var app = new CmsApplication(settings: new Dictionary<string, string?>
        {
            ["NmZaMe:Database:Provider"] = Databases.Postgres,
            ["ConnectionStrings:Cms"] = await server.CreateDatabaseAsync(),
            ["NmZaMe:DeliveryApi:ApiKey"] = ApiKey,
            ["NmZaMe:Nodes:PollSeconds"] = "0.5",
        });
        var client = await app.StartAsync();
        var (_, service) = PublishedService(app);
        var oldName = service.Name("sl-SI");
        var page = "/sl" + app.Snapshot.Route(service, "sl-SI");
        var item = $"/umbraco/delivery/api/v2/content/item/{service.Key}";
        var edit = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        using var editor = await EditorAsync(app);
        var form = await ContentEditorTests.AllFieldsAsync(editor, edit, ("Name", "Objava med izpadom"), ("op", "publish"), ("PublishCultures", "sl-SI"));
        form.Add(new("__RequestVerificationToken", BackOfficeSession.Token(await editor.GetPageAsync(edit))));

        var stopped = DateTime.UtcNow;
        await server.StopAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Equal(oldName, await DeliveryNameAsync(client, item));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/hsds/services/{service.Key}?lang=en")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hsds/service_at_locations?full=true")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        // Preview reads drafts from the database: the API answers 503 ProblemDetails with Retry-After.
        using (var preview = await client.SendAsync(Preview(item)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, preview.StatusCode);
            Assert.Equal("application/problem+json", preview.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), preview.Headers.RetryAfter?.Delta);
            using var problem = JsonDocument.Parse(await preview.Content.ReadAsStringAsync());
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Contains("nothing was saved", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // The editor's publish: a page that says nothing was saved and that Back keeps what was typed.
        using (var publish = await editor.Client.PostAsync(edit, new FormUrlEncodedContent(form)))
        {
            var html = await publish.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, publish.StatusCode);
            Assert.Equal("text/html", publish.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(publish.Headers.RetryAfter);
            Assert.Contains("Nič ni bilo shranjeno.", html, StringComparison.Ordinal);
            Assert.Contains("<section lang=\"en\">", html, StringComparison.Ordinal);
            Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        await server.StartAgainAsync();

        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready again after PostgreSQL started");
        await using (var db = app.CreateDbContext())
        {
            var draft = await db.Nodes.AsNoTracking().Where(n => n.Key == service.Key).Select(n => n.DraftData).SingleAsync();
            Assert.DoesNotContain("Objava med izpadom", draft, StringComparison.Ordinal);
        }

        Assert.Equal(oldName, await DeliveryNameAsync(client, item));
        await Eventually.TrueAsync(async () => await PublishAsync(editor, edit, "Objava po izpadu") == HttpStatusCode.Redirect, "a publish succeeds after PostgreSQL started");
        Assert.Equal("Objava po izpadu", await DeliveryNameAsync(client, item));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Preview(item))).StatusCode);
        Assert.Contains(app.Logs, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && l.Message.StartsWith("The database is unavailable (PostgreSQL", StringComparison.Ordinal) && l.Message.Contains($"POST {edit[..edit.IndexOf('?', StringComparison.Ordinal)]} answered 503", StringComparison.Ordinal));
        // Once at Warning: no Error for the outage, neither the requests' nor EF's nor the health checks'.
        var errors = ReadLogFiles(app).Split('\n')
            .Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))
            .Where(l => JsonDocument.Parse(l).RootElement.GetProperty("@t").GetDateTime().ToUniversalTime() >= stopped)
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e[..Math.Min(e.Length, 200)] + " … " + (e.IndexOf("\"@x\"", StringComparison.Ordinal) is var x and >= 0 ? e[x..Math.Min(e.Length, x + 500)] : "no @x"))));
    }

    // The request log goes to Serilog's file only, not through the captured ILogger.
    private static string ReadLogFiles(CmsApplication app) => string.Concat(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "logs")).Select(file =>
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }));

    private static HttpRequestMessage Preview(string item)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, item);
        request.Headers.Add("Api-Key", ApiKey);
        request.Headers.Add("Preview", "true");
        return request;
    }

    private static async Task<string?> DeliveryNameAsync(HttpClient client, string item)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, item);
        request.Headers.Add("Accept-Language", "sl-SI");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("name").GetString();
    }

    // A node may meet one connection the restart broke; the editor simply sends the form again.
    private static async Task<HttpStatusCode> PublishAsync(BackOfficeSession editor, string edit, string name)
    {
        using var get = await editor.Client.GetAsync(edit);
        if (get.StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
            return get.StatusCode;
        }

        var form = await ContentEditorTests.AllFieldsAsync(editor, edit, ("Name", name), ("op", "publish"), ("PublishCultures", "sl-SI"));
        form.Add(new("__RequestVerificationToken", BackOfficeSession.Token(await editor.GetPageAsync(edit))));
        using var post = await editor.Client.PostAsync(edit, new FormUrlEncodedContent(form));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.ServiceUnavailable, $"publish answered {(int)post.StatusCode}");
        return post.StatusCode;
    }
}
