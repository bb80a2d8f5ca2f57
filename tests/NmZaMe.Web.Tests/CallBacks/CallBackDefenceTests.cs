using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Web.Site.PublicForms;

namespace NmZaMe.Web.Tests.CallBacks;

/// <summary>The public form's defences (token, minimum fill time, expiry, honeypot, rate limit) and encryption at rest.</summary>
public sealed class CallBackDefenceTests
{
    [Fact]
    public async Task Refused_sendings_show_the_form_again_with_one_calm_message_and_store_nothing()
    {
        // A minimum of ten minutes keeps "sent at once" too fast however slow a loaded machine is between GET and POST;
        // the other cases' tokens are half an hour old, so only their own defect refuses them.
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:PublicForms:MinimumSeconds"] = "600" });
        var client = await app.StartAsync();
        var form = await client.GetStringAsync("/sl/poklicite-me");
        var fresh = CallBackForms.FormToken(form);

        var cases = new Dictionary<string, Dictionary<string, string>>
        {
            // Sent at once: faster than a person.
            ["too fast"] = CallBackForms.Fields(fresh),
            ["honeypot"] = With(CallBackForms.Fields(CallBackForms.Token(app, TimeSpan.FromMinutes(30))), PublicFormGuard.HoneypotField, "https://spam.example"),
            ["forged token"] = CallBackForms.Fields("CfDJ8-forged"),
            ["no token"] = Without(CallBackForms.Fields(CallBackForms.Token(app)), PublicFormGuard.TokenField),
            ["expired"] = CallBackForms.Fields(CallBackForms.Token(app, TimeSpan.FromHours(3))),
            ["another form's token"] = CallBackForms.Fields(app.Services.GetRequiredService<PublicFormGuard>().Issue("correction", DateTimeOffset.UtcNow.AddMinutes(-30))),
        };
        foreach (var (name, fields) in cases)
        {
            using var response = await CallBackForms.PostAsync(client, fields);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            Assert.Contains("Prošnje nismo mogli sprejeti. Preverite podatke in jo pošljite še enkrat.", html, StringComparison.Ordinal);
            Assert.Contains(CallBackForms.Note + "</textarea>", html, StringComparison.Ordinal);
            Assert.NotEqual(fields.GetValueOrDefault(PublicFormGuard.TokenField), CallBackForms.FormToken(html));
        }

        using (var noForm = await client.PostAsync("/sl/poklicite-me", new StringContent("{}", Encoding.UTF8, "application/json")))
        {
            Assert.True(noForm.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{(int)noForm.StatusCode}");
        }

        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.CallBacks.CountAsync());
        Assert.Equal(0, await db.CallBackTally.CountAsync());
    }

    [Fact]
    public async Task Too_many_sendings_from_one_address_get_429_and_a_calm_message()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:PublicForms:PostsPerAddress"] = "3" });
        var client = await app.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await CallBackForms.SendAsync(app, client);
        }

        using var response = await CallBackForms.PostAsync(client, CallBackForms.Fields(CallBackForms.Token(app)));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Poskusite znova čez nekaj minut ali pokličite pisarno", html, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal(3, await db.CallBacks.CountAsync());
    }

    [Fact]
    public async Task The_contact_name_time_and_note_are_nowhere_readable_in_the_database_or_the_data_directory()
    {
        using var app = new CmsApplication();
        var client = await app.StartAsync();
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && (c.Name("sl-SI") ?? "").StartsWith("Pomoč družini na domu", StringComparison.Ordinal));
        var fields = CallBackForms.Fields(CallBackForms.Token(app), contact: "zasebno.ime@primer.si", note: "Skrivnostna opomba 7Q3");
        fields["firstName"] = "Radoslava";
        fields["reachable"] = "ob sredah zvečer";
        fields["service"] = service.Key.ToString();
        using (var response = await CallBackForms.PostAsync(client, fields))
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }

        string[] secrets = ["zasebno.ime@primer.si", "Skrivnostna opomba 7Q3", "Radoslava", "ob sredah zvečer"];
        // The raw table, every column as SQLite holds it.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "nmzame.db")};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM nmzameCallBack";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var raw = reader.GetValue(i) switch { byte[] b => Encoding.UTF8.GetString(b) + Encoding.Latin1.GetString(b), var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "" };
                    foreach (var secret in secrets)
                    {
                        Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
                    }
                }

                // What is kept in clear, for counting.
                Assert.Equal(service.Key.ToString().ToUpperInvariant(), reader.GetString(reader.GetOrdinal("Service")).ToUpperInvariant());
            }

            Assert.Equal(1, rows);
        }

        // Nor anywhere else the node writes: database, its WAL, the search index, logs, the outbox's notification.
        foreach (var file in Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".key", StringComparison.Ordinal) && !f.EndsWith(".node-lock", StringComparison.Ordinal)))
        {
            byte[] bytes;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                bytes = copy.ToArray();
            }

            foreach (var secret in secrets)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{secret} is readable in {Path.GetFileName(file)}");
            }
        }

        // The key is outside the database: another key cannot open the row.
        await using var db = app.CreateDbContext();
        var row = await db.CallBacks.AsNoTracking().SingleAsync();
        var other = new NmZaMe.Cms.CallBacks.CallBackSealer(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => other.Open(row.Key, row.Sealed));
        var opened = app.Services.GetRequiredService<NmZaMe.Cms.CallBacks.CallBackSealer>().Open(row.Key, row.Sealed);
        Assert.Equal("zasebno.ime@primer.si", opened.Contact);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => app.Services.GetRequiredService<NmZaMe.Cms.CallBacks.CallBackSealer>().Open(Guid.NewGuid(), row.Sealed));
    }

    [Fact]
    public async Task The_office_can_offer_more_languages_and_only_offered_ones_are_accepted()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:CallBack:Languages:0"] = "uk", ["NmZaMe:CallBack:Languages:1"] = "hr" });
        var client = await app.StartAsync();

        var form = WebUtility.HtmlDecode(await client.GetStringAsync("/sl/poklicite-me"));
        Assert.Contains("<option value=\"uk\" lang=\"uk\">українська</option>", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"hr\" lang=\"hr\">hrvatski</option>", form, StringComparison.Ordinal);

        using (var german = await CallBackForms.PostAsync(client, CallBackForms.Fields(CallBackForms.Token(app), language: "de")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, german.StatusCode);
            Assert.Contains("Izberite jezik s seznama", WebUtility.HtmlDecode(await german.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var ukrainian = await CallBackForms.PostAsync(client, CallBackForms.Fields(CallBackForms.Token(app), language: "uk")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, ukrainian.StatusCode);
        }

        await using var db = app.CreateDbContext();
        Assert.Equal("uk", (await db.CallBacks.SingleAsync()).Language);
    }

    [Fact]
    public async Task A_configured_key_that_is_not_32_bytes_stops_the_start()
    {
        using var app = new CmsApplication(settings: new Dictionary<string, string?> { ["NmZaMe:CallBack:EncryptionKey"] = Convert.ToBase64String(new byte[16]) });
        var failure = await Record.ExceptionAsync(() => app.StartAsync());
        Assert.NotNull(failure);
        Assert.Contains("NmZaMe:CallBack:EncryptionKey", failure.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }

    private static Dictionary<string, string> Without(Dictionary<string, string> fields, string name)
    {
        fields.Remove(name);
        return fields;
    }
}
