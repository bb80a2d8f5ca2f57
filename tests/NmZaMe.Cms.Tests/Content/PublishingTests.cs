using NmZaMe.Cms.Content;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Content;

public class PublishingTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static readonly IReadOnlySet<string> NoSiblings = new HashSet<string>();

    // The repository's schema, with a mandatory message on summary as an editor would configure it.
    private static readonly ContentSchema Schema = TestSchema.Load((_, p) => p.Alias == "summary" ? p with { MandatoryMessage = "Povzetek je obvezen." } : p);
    private static readonly ContentType Organisation = Schema.GetContentType("organisation")!;
    private static readonly ContentType Service = Schema.GetContentType("service")!;

    private static ContentData ValidOrganisationDraft()
    {
        var draft = new ContentData();
        draft.Names["sl-SI"] = "Društvo Žarek";
        draft.SetValue("summary", "sl-SI", "Pomoč žrtvam nasilja.");
        draft.SetValue("organisationType", string.Empty, "[\"nevladna organizacija\"]");
        return draft;
    }

    private static ContentData ServiceDraft()
    {
        var draft = new ContentData();
        draft.Names["sl-SI"] = "Pomoč na domu";
        draft.Names["en-US"] = "Home help";
        draft.SetValue("summary", "sl-SI", "Nova pomoč na domu.");
        draft.SetValue("summary", "en-US", "New home help.");
        draft.SetValue("cost", string.Empty, "[\"brezplačno\"]");
        return draft;
    }

    private static ContentData PublishedService()
    {
        var published = new ContentData();
        published.Names["sl-SI"] = "Pomoč na domu";
        published.Names["en-US"] = "Help at home";
        published.Segments["sl-SI"] = "pomoc-na-domu";
        published.Segments["en-US"] = "help-at-home";
        published.Dates["en-US"] = Now.AddDays(-30);
        published.SetValue("summary", "sl-SI", "Stara pomoč na domu.");
        published.SetValue("summary", "en-US", "Old home help.");
        published.SetValue("cost", string.Empty, "[\"plačljivo\"]");
        return published;
    }

    private static ContentData Publish(ContentData draft, ContentData? published, string[] cultures, IReadOnlySet<string>? siblings = null) =>
        Publishing.Publish(Schema, Service, draft, published, cultures, _ => siblings ?? NoSiblings, Now);

    [Fact]
    public void Validate_accepts_a_complete_draft() =>
        Assert.Empty(Publishing.Validate(Schema, Organisation, ValidOrganisationDraft(), ["sl-SI"]));

    [Fact]
    public void Validate_reports_a_missing_mandatory_value_with_the_property_types_message()
    {
        var draft = ValidOrganisationDraft();
        draft.SetValue("summary", "sl-SI", null);

        var errors = Publishing.Validate(Schema, Organisation, draft, ["sl-SI"]);

        Assert.Equal("schema.message(Povzetek je obvezen.)", Assert.Single(errors, e => e.Key == "summary[sl-SI]").Value.ToString());
    }

    [Fact]
    public void Validate_reports_a_missing_mandatory_value_without_a_message_with_the_default_text()
    {
        var draft = ValidOrganisationDraft();
        draft.SetValue("organisationType", string.Empty, null);

        var errors = Publishing.Validate(Schema, Organisation, draft, ["sl-SI"]);

        Assert.Equal(EditorCodes.Mandatory, errors["organisationType"].Code);
    }

    [Fact]
    public void Validate_reports_a_regex_mismatch_with_the_propertys_message()
    {
        var draft = ValidOrganisationDraft();
        draft.SetValue("registrationNumber", string.Empty, "12345");
        draft.SetValue("postcode", string.Empty, "80000");

        var errors = Publishing.Validate(Schema, Organisation, draft, ["sl-SI"]);

        Assert.Equal("schema.message(Matična številka ima 7 ali 10 števk.)", errors["registrationNumber"].ToString());
        Assert.Equal("schema.message(Poštna številka ima štiri števke.)", errors["postcode"].ToString());
    }

    [Fact]
    public void Validate_accepts_values_that_match_the_regex()
    {
        var draft = ValidOrganisationDraft();
        draft.SetValue("registrationNumber", string.Empty, "5063345000");
        draft.SetValue("postcode", string.Empty, "8000");

        Assert.Empty(Publishing.Validate(Schema, Organisation, draft, ["sl-SI"]));
    }

    [Fact]
    public void Validate_reports_an_editor_error()
    {
        var draft = ValidOrganisationDraft();
        draft.SetValue("email", string.Empty, "ni naslov");

        Assert.Equal(EditorCodes.NotEmail, Publishing.Validate(Schema, Organisation, draft, ["sl-SI"])["email"].Code);
    }

    [Fact]
    public void Validate_requires_a_name_in_each_culture_being_published()
    {
        var errors = Publishing.Validate(Schema, Organisation, ValidOrganisationDraft(), ["sl-SI", "en-US"]);

        Assert.Equal(ContentCodes.NameRequired, errors["name[en-US]"].Code);
        Assert.Equal("schema.message(Povzetek je obvezen.)", errors["summary[en-US]"].ToString());
        Assert.DoesNotContain("name[sl-SI]", errors.Keys);
    }

    [Fact]
    public void Validate_checks_only_the_cultures_being_published()
    {
        var draft = ValidOrganisationDraft();
        draft.Names["en-US"] = "Zarek Society";

        Assert.Empty(Publishing.Validate(Schema, Organisation, draft, ["sl-SI"]));
        Assert.Equal(["summary[en-US]"], Publishing.Validate(Schema, Organisation, draft, ["en-US"]).Keys);
    }

    [Fact]
    public void Publish_copies_the_published_cultures_name_and_values_from_the_draft()
    {
        var result = Publish(ServiceDraft(), PublishedService(), ["sl-SI"]);

        Assert.Equal("Pomoč na domu", result.Names["sl-SI"]);
        Assert.Equal("Nova pomoč na domu.", result.Value("summary", "sl-SI"));
        Assert.Equal(Now, result.Dates["sl-SI"]);
    }

    [Fact]
    public void Publish_keeps_other_cultures_as_they_were_published()
    {
        var result = Publish(ServiceDraft(), PublishedService(), ["sl-SI"]);

        Assert.Equal("Help at home", result.Names["en-US"]);
        Assert.Equal("help-at-home", result.Segments["en-US"]);
        Assert.Equal("Old home help.", result.Value("summary", "en-US"));
        Assert.Equal(Now.AddDays(-30), result.Dates["en-US"]);
    }

    [Fact]
    public void Publish_always_copies_invariant_values_from_the_draft()
    {
        var result = Publish(ServiceDraft(), PublishedService(), ["sl-SI"]);

        Assert.Equal("[\"brezplačno\"]", result.Value("cost", string.Empty));
    }

    [Fact]
    public void Publish_removes_a_value_cleared_in_the_draft()
    {
        var draft = ServiceDraft();
        draft.SetValue("summary", "sl-SI", null);

        var result = Publish(draft, PublishedService(), ["sl-SI"]);

        Assert.Null(result.Value("summary", "sl-SI"));
        Assert.Equal("Old home help.", result.Value("summary", "en-US"));
    }

    [Fact]
    public void Publish_does_not_change_the_published_data_it_was_given()
    {
        var published = PublishedService();

        Publish(ServiceDraft(), published, ["sl-SI"]);

        Assert.Equal("Stara pomoč na domu.", published.Value("summary", "sl-SI"));
    }

    [Fact]
    public void Publish_for_the_first_time_gives_the_url_segment_from_the_name()
    {
        var result = Publish(ServiceDraft(), null, ["sl-SI", "en-US"]);

        Assert.Equal("pomoc-na-domu", result.Segments["sl-SI"]);
        Assert.Equal("home-help", result.Segments["en-US"]);
    }

    [Fact]
    public void Publish_makes_the_url_segment_unique_among_siblings()
    {
        var result = Publish(ServiceDraft(), null, ["sl-SI"], new HashSet<string> { "pomoc-na-domu", "pomoc-na-domu-1" });

        Assert.Equal("pomoc-na-domu-2", result.Segments["sl-SI"]);
    }

    [Fact]
    public void Republish_keeps_an_existing_numbered_segment()
    {
        var published = PublishedService();
        published.Segments["sl-SI"] = "pomoc-na-domu-2";

        var result = Publish(ServiceDraft(), published, ["sl-SI"], new HashSet<string> { "pomoc-na-domu" });

        Assert.Equal("pomoc-na-domu-2", result.Segments["sl-SI"]);
    }

    [Fact]
    public void Republish_after_a_rename_gives_a_new_segment()
    {
        var draft = ServiceDraft();
        draft.Names["sl-SI"] = "Pomoč in oskrba na domu";

        var result = Publish(draft, PublishedService(), ["sl-SI"]);

        Assert.Equal("pomoc-in-oskrba-na-domu", result.Segments["sl-SI"]);
    }

    [Fact]
    public void Republish_gives_a_new_segment_when_a_sibling_has_taken_the_old_one()
    {
        var result = Publish(ServiceDraft(), PublishedService(), ["sl-SI"], new HashSet<string> { "pomoc-na-domu" });

        Assert.Equal("pomoc-na-domu-1", result.Segments["sl-SI"]);
    }

    [Fact]
    public void Unpublish_removes_one_culture_and_keeps_the_rest()
    {
        var result = Publishing.Unpublish(Service, PublishedService(), "en-US");

        Assert.NotNull(result);
        Assert.Equal(["sl-SI"], result.Names.Keys);
        Assert.False(result.Segments.ContainsKey("en-US"));
        Assert.Null(result.Value("summary", "en-US"));
        Assert.Equal("Stara pomoč na domu.", result.Value("summary", "sl-SI"));
        Assert.Equal("[\"plačljivo\"]", result.Value("cost", string.Empty));
    }

    [Fact]
    public void Unpublish_of_the_last_culture_leaves_nothing_published()
    {
        var once = Publishing.Unpublish(Service, PublishedService(), "en-US")!;

        Assert.Null(Publishing.Unpublish(Service, once, "sl-SI"));
    }

    [Fact]
    public void Unpublish_without_a_culture_unpublishes_everything() =>
        Assert.Null(Publishing.Unpublish(Service, PublishedService(), null));

    [Fact]
    public void Unpublish_of_an_invariant_item_leaves_nothing_published()
    {
        var contactPoint = Schema.GetContentType("contactPoint")! with { Variations = Variations.Nothing };
        var published = new ContentData();
        published.Names[string.Empty] = "Kontakt";

        Assert.Null(Publishing.Unpublish(contactPoint, published, "sl-SI"));
    }
}
