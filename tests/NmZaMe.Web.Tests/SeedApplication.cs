using System.Text.Json;

namespace NmZaMe.Web.Tests;

/// <summary>One application over the real seed catalogue, shared by read-only Delivery API tests of a class.</summary>
public sealed class SeedApplication : IAsyncLifetime
{
    public CmsApplication App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await App.StartAsync();

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public async Task<JsonElement> GetJsonAsync(string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A page's HTML with character references decoded, after checking it answered 200.</summary>
    public async Task<string> GetHtmlAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return System.Net.WebUtility.HtmlDecode(body);
    }

    /// <summary>The key of the first published item of a type whose Slovenian name starts with the given text.</summary>
    public Guid Find(string contentType, string namePrefix) =>
        App.Snapshot.All.First(c => c.ContentType.Alias == contentType && (c.Name("sl-SI") ?? string.Empty).StartsWith(namePrefix, StringComparison.Ordinal)).Key;
}
