using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Media;
using NmZaMe.Cms.Text;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>The engine returns codes; the back office has Slovenian and English words for every one of them.</summary>
public sealed class ErrorWordsTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var type in new[] { typeof(EditorCodes), typeof(ContentCodes), typeof(MediaCodes) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                data.Add((string)field.GetRawConstantValue()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_of_the_engine_has_slovenian_and_english_words(string code)
    {
        Assert.True(ErrorWords.Slovenian.TryGetValue(code, out var slovenian), $"no words for {code}");
        Assert.True(new BackOfficeDictionary().English.ContainsKey(slovenian), $"no English for {code}: {slovenian}");
    }

    [Fact]
    public void An_error_with_values_and_a_nested_error_reads_whole_in_either_language()
    {
        var error = new CmsError(EditorCodes.BlockCultureValue, 2, new SchemaText("Ime lokacije"), "en-US", new CmsError(EditorCodes.TextTooLong, 512, 513));

        Assert.Equal("Blok 2, Ime lokacije (en-US): Besedilo je predolgo: dovoljenih je največ 512 znakov, vnesenih 513.", Text("sl-SI")[error]);
        var english = Text("en-US")[error];
        Assert.StartsWith("Block 2, ", english, StringComparison.Ordinal);
        Assert.EndsWith("(en-US): The text is too long: at most 512 characters are allowed, 513 were entered.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_the_document_type_carries_is_shown_as_written()
    {
        var error = new CmsError(CmsError.SchemaMessage, new SchemaText("Vnesite čas v obliki HH:MM, npr. 08:00."));

        Assert.Equal("Vnesite čas v obliki HH:MM, npr. 08:00.", Text("sl-SI")[error]);
    }

    private static BackOfficeText Text(string culture)
    {
        var context = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(BackOfficeText.CultureClaim, culture)], "test")) };
        return new BackOfficeText(new HttpContextAccessor { HttpContext = context }, new BackOfficeDictionary());
    }
}
