using System.Net;
using Microsoft.EntityFrameworkCore;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// Review B3 inside blocks (issue 14): a picker in a block list's element holds only the types its data type allows, on
/// the server, as a top-level picker does; a crafted post is refused with the block list's error and nothing is saved.
/// </summary>
public sealed class BlockPickerTypeTests
{
    [Fact]
    public async Task A_picker_inside_a_block_refuses_an_item_of_a_type_its_data_type_does_not_allow()
    {
        using var usync = TestUSync.Full();
        // The contact element gets an organisation picker (the data type allows organisations only).
        var file = usync.PathOf(Path.Combine("ContentTypes", "contactpoint.config"));
        File.WriteAllText(file, File.ReadAllText(file).Replace("<GenericProperties>", """
            <GenericProperties>
                <GenericProperty>
                  <Key>5b0c3f7e-2a61-4e0f-9d7a-0b1c2d3e4f50</Key>
                  <Name>Organizacija</Name>
                  <Alias>organisation</Alias>
                  <Definition>f2c88d7e-c246-4fd3-9d87-7f09cc2afb00</Definition>
                  <Type>Umbraco.MultiNodeTreePicker</Type>
                  <Mandatory>false</Mandatory>
                  <Validation></Validation>
                  <Description></Description>
                  <SortOrder>9</SortOrder>
                  <Tab Alias="content">Vsebina</Tab>
                  <Variations>Nothing</Variations>
                  <MandatoryMessage></MandatoryMessage>
                  <ValidationRegExpMessage></ValidationRegExpMessage>
                  <LabelOnTop>false</LabelOnTop>
                </GenericProperty>
            """, StringComparison.Ordinal));
        using var app = new CmsApplication(usync.Folder);
        await app.StartAsync();
        await BackOfficeSession.CreateUserAsync(app, "urednica@example.si", "modra-reka-krka-tece", UserGroups.Editors);
        using var session = BackOfficeSession.Create(app);
        await session.SignInOkAsync("urednica@example.si", "modra-reka-krka-tece");
        var service = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Name("sl-SI") == "Svetovalnica za žrtve nasilja");
        var otherService = app.Snapshot.All.First(c => c.ContentType.Alias == "service" && c.Key != service.Key);
        var organisation = app.Snapshot.All.First(c => c.ContentType.Alias == "organisation");
        var url = $"/umbraco/content/{service.Key}/edit?culture=sl-SI";
        var before = await DraftAsync(app, service.Key);

        var wrong = await ContentEditorTests.AllFieldsAsync(session, url, ("f.contacts.0.organisation", Udi.Document(otherService.Key)), ("op", "save"));
        using (var refused = await session.Client.PostAsync(url, new FormUrlEncodedContent(wrong.Append(new("__RequestVerificationToken", BackOfficeSession.Token(await session.GetPageAsync(url)))))))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("V bloku je v polju »Organizacija« izbrana datoteka ali vsebina, ki ni vrste, ki jo to polje sprejme.",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before, await DraftAsync(app, service.Key));

        var right = await ContentEditorTests.AllFieldsAsync(session, url, ("f.contacts.0.organisation", Udi.Document(organisation.Key)), ("op", "save"));
        using (var saved = await session.Client.PostAsync(url, new FormUrlEncodedContent(right.Append(new("__RequestVerificationToken", BackOfficeSession.Token(await session.GetPageAsync(url)))))))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains(Udi.Document(organisation.Key), await DraftAsync(app, service.Key), StringComparison.Ordinal);
    }

    private static async Task<string> DraftAsync(CmsApplication app, Guid key)
    {
        await using var db = app.CreateDbContext();
        return (await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == key)).DraftData;
    }
}
