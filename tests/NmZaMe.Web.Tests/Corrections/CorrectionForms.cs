using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.PublishedCache;
using NmZaMe.Web.Site.Corrections;
using NmZaMe.Web.Site.PublicForms;

namespace NmZaMe.Web.Tests.Corrections;

/// <summary>Filling in "Predlagaj popravek" over HTTP like a browser without cookies: the fields with a token shown long enough ago.</summary>
public static class CorrectionForms
{
    public const string Text = "Uradne ure so zdaj od 8. do 14. ure, ne do 15.";

    /// <summary>A token as if the form had been shown <paramref name="ago"/> (default 10 s), past the minimum fill time.</summary>
    public static string Token(CmsApplication app, TimeSpan? ago = null) =>
        app.Services.GetRequiredService<PublicFormGuard>().Issue(CorrectionController.FormName, DateTimeOffset.UtcNow - (ago ?? TimeSpan.FromSeconds(10)));

    public static Dictionary<string, string> Fields(string token, Guid item, string text = Text, string email = "", bool consent = false)
    {
        var fields = new Dictionary<string, string>
        {
            [PublicFormGuard.TokenField] = token,
            [PublicFormGuard.HoneypotField] = string.Empty,
            ["item"] = item.ToString(),
            ["text"] = text,
            ["email"] = email,
        };
        if (consent)
        {
            fields["consent"] = "yes";
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, string path = "/sl/predlagaj-popravek") =>
        await client.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>Sends a valid suggestion about <paramref name="item"/> and checks it was accepted.</summary>
    public static async Task SendAsync(CmsApplication app, HttpClient client, Guid item, string email = "", string text = Text, string path = "/sl/predlagaj-popravek")
    {
        using var response = await PostAsync(client, Fields(Token(app), item, text, email, consent: email.Length > 0), path);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    /// <summary>Two organisations with more than one service each (the first's first service is the usual subject), as the seed has them.</summary>
    public static (PublishedContent Organisation, PublishedContent Service, PublishedContent Other) Items(CmsApplication app)
    {
        var organisations = app.Snapshot.All.Where(c => c.ContentType.Alias == "organisation" && app.Snapshot.ChildrenOf(c.Key).Length > 1).OrderBy(c => c.Key).Take(2).ToList();
        var service = app.Snapshot.ChildrenOf(organisations[0].Key).First(c => c.ContentType.Alias == "service");
        return (organisations[0], service, organisations[1]);
    }
}
