using System.Net;
using System.Text;
using NmZaMe.Cms.Users;
using NmZaMe.Web.Tests.BackOffice;
using static NmZaMe.Web.Tests.Media.MediaTestHelpers;

namespace NmZaMe.Web.Tests.Media;

/// <summary>The security review's upload notes replayed over HTTP: F11 (a "PDF" that is HTML) and F12 (control and bidi characters in names).</summary>
public sealed class UploadSpoofingTests
{
    [Fact]
    public async Task F11_a_pdf_whose_body_is_html_is_refused_and_nothing_is_stored()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);
        var before = await MediaCountAsync(app);

        // The review's file: the PDF signature, then HTML with a script.
        using var response = await UploadAsync(writer, null, new Dictionary<string, string> { ["Items[0].Name"] = "Navodila" },
            new FormFile("Items[0].File", "doc.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n<html><script>alert(1)</script></html>"), "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dokumenta PDF ni mogoče prebrati", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await MediaCountAsync(app));
        Assert.Equal(0, StoredFiles(app));
    }

    [Fact]
    public async Task F12_names_from_file_names_and_from_the_form_lose_control_and_bidi_characters()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        using var writer = await SignInAsync(app, "pisec@example.si", UserGroups.Writers);

        // The review's names: a NUL (typed as the name: HttpClient refuses it in a file name), and U+202E in the file
        // name, which makes "čšž‮gnp.exe.png" read as "čšžexe.png".
        using (var upload = await UploadAsync(writer, null, new Dictionary<string, string> { ["Items[0].Name"] = "a\0b", ["Items[0].Alt[inv]"] = "Slika", ["Items[1].Alt[inv]"] = "Slika" },
            new FormFile("Items[0].File", "a.png", TestFiles.Png(2, 2), "image/png"),
            new FormFile("Items[1].File", "čšž\u202Egnp.exe.png", TestFiles.Png(2, 2), "image/png")))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        Assert.NotNull(await FindAsync(app, "ab"));
        var spoofed = Assert.IsType<NmZaMe.Cms.Persistence.NodeRecord>(await FindAsync(app, "čšžgnp.exe"));

        using var renamed = await writer.SubmitAsync($"/umbraco/media/{spoofed.Key}", new Dictionary<string, string>
        {
            ["Version"] = spoofed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = "Logotip\u2066\u202E\u0007",
            ["Alt[inv]"] = "Slika",
        }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(spoofed.Key, (await FindAsync(app, "Logotip"))?.Key);
    }
}
