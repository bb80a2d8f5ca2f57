using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Web.Site.CallBack;
using NmZaMe.Web.Site.PublicForms;

namespace NmZaMe.Web.Tests.CallBacks;

/// <summary>Filling in "Pokličite me" over HTTP like a browser without cookies: read the form, send the fields with its token.</summary>
public static partial class CallBackForms
{
    public const string Contact = "041 555 0199";
    public const string Note = "Mama ne more več sama v trgovino.";

    /// <summary>A token as if the form had been shown <paramref name="ago"/> (default 10 s), past the minimum fill time.</summary>
    public static string Token(CmsApplication app, TimeSpan? ago = null) =>
        app.Services.GetRequiredService<PublicFormGuard>().Issue(CallBackController.FormName, DateTimeOffset.UtcNow - (ago ?? TimeSpan.FromSeconds(10)));

    public static Dictionary<string, string> Fields(string token, string contact = Contact, string note = Note, bool consent = true, string language = "sl")
    {
        var fields = new Dictionary<string, string>
        {
            [PublicFormGuard.TokenField] = token,
            [PublicFormGuard.HoneypotField] = string.Empty,
            ["contact"] = contact,
            ["firstName"] = "Ana",
            ["reachable"] = "dopoldne",
            ["language"] = language,
            ["note"] = note,
        };
        if (consent)
        {
            fields["consent"] = "yes";
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, string path = "/sl/poklicite-me") =>
        await client.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>Sends a valid request (about <paramref name="service"/> when given) and checks it was accepted.</summary>
    public static async Task SendAsync(CmsApplication app, HttpClient client, Guid? service = null, string contact = Contact)
    {
        var fields = Fields(Token(app), contact);
        if (service is { } key)
        {
            fields["service"] = key.ToString();
        }

        using var response = await PostAsync(client, fields);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    public static string FormToken(string html) => TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No form token in the page.");

    [GeneratedRegex("name=\"formToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
