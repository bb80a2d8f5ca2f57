using System.Net;
using System.Text.Json;

namespace NmZaMe.Web.Tests.Hosting;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task A_request_is_logged_once_with_method_path_status_and_time_and_without_personal_data()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sl/iskanje/?q=nasilje+v+druzini+Marija+Novak");
        request.Headers.UserAgent.ParseAdd("Zasebni-Brskalnik/9.9");
        request.Headers.Add("Cookie", "skrivnost=piskotek-123");
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = await RequestLineAsync(app, "/sl/iskanje/");

        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        Assert.Equal("GET", root.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, root.GetProperty("StatusCode").GetInt32());
        Assert.True(root.GetProperty("Elapsed").GetDouble() >= 0);
        foreach (var secret in new[] { "nasilje", "Novak", "q=", "Zasebni-Brskalnik", "piskotek", "skrivnost", "203.0.113.77" })
        {
            Assert.DoesNotContain(secret, line, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(root.EnumerateObject(), p => p.Name.Contains("Query", StringComparison.OrdinalIgnoreCase)
            || p.Name.Contains("Agent", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Ip", StringComparison.Ordinal)
            || p.Name.Contains("Cookie", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Header", StringComparison.OrdinalIgnoreCase));
        Assert.Single(RequestLines(app, "/sl/iskanje/"));
    }

    /// <summary>The request's line in the log file, once the file sink has written it.</summary>
    private static async Task<string> RequestLineAsync(CmsApplication app, string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (RequestLines(app, path).FirstOrDefault() is { } line)
            {
                return line;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private static List<string> RequestLines(CmsApplication app, string path)
    {
        var lines = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "logs")))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains("\"@mt\":\"HTTP {RequestMethod}", StringComparison.Ordinal) && line.Contains($"\"RequestPath\":\"{path}\"", StringComparison.Ordinal))
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }
}
