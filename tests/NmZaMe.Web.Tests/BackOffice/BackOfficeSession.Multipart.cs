using System.Net.Http.Headers;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>One file for <see cref="BackOfficeSession.SubmitMultipartAsync"/>: the form field, the name the browser sends, the bytes.</summary>
public sealed record FormFile(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

public sealed partial class BackOfficeSession
{
    /// <summary>GETs the form page, then POSTs fields and files as multipart/form-data with its antiforgery token, as a browser's file form does.</summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(string url, IDictionary<string, string> fields, IEnumerable<FormFile> files, string? postUrl = null)
    {
        var page = await GetPageAsync(url);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(Token(page)), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        return await Client.PostAsync(postUrl ?? url, content);
    }
}
