using NmZaMe.Cms.Hsds;

namespace NmZaMe.Cms.Tests.Hsds;

public sealed class HsdsCodesTests
{
    [Fact]
    public void Name_based_ids_are_rfc_9562_version_5_uuids()
    {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), HsdsIds.V5(dns, "www.example.com"));
    }

    [Fact]
    public void Derived_ids_are_stable_and_differ_by_parent_kind_and_position()
    {
        var parent = new Guid("5f0c8a55-0000-4000-8000-000000000001");
        var id = HsdsIds.Derived(parent, "phone");
        Assert.Equal(id, HsdsIds.Derived(parent, "phone"));
        Assert.Equal('5', id.ToString("D")[14]);
        var all = new[] { id, HsdsIds.Derived(parent, "phone", 1), HsdsIds.Derived(parent, "address"), HsdsIds.Derived(Guid.NewGuid(), "phone"), HsdsIds.Named("phone") };
        Assert.Equal(all.Length, all.Distinct().Count());
    }

    [Theory]
    [InlineData("aktivna", "active")]
    [InlineData("začasno zaprta", "temporarily closed")]
    [InlineData("neaktivna", "inactive")]
    [InlineData(null, "active")]
    public void Statuses_are_hsds_enum_values(string? stored, string status) => Assert.Equal(status, HsdsCodes.Status(stored));

    [Fact]
    public void Days_become_byday_in_week_order_whatever_order_they_were_stored_in()
    {
        Assert.Equal("MO,WE,SU", HsdsCodes.ByDay(["nedelja", "ponedeljek", "sreda"]));
        Assert.Null(HsdsCodes.ByDay([]));
    }

    [Theory]
    [InlineData("8:00", "08:00")]
    [InlineData("08.30", "08:30")]
    [InlineData(" 15:00 ", "15:00")]
    [InlineData("24:00", "23:59")]
    [InlineData("po dogovoru", null)]
    [InlineData(null, null)]
    public void Times_are_hh_mm(string? typed, string? time) => Assert.Equal(time, HsdsCodes.Time(typed));

    [Fact]
    public void Languages_have_iso_639_codes_where_one_exists()
    {
        Assert.Equal("sl", HsdsCodes.LanguageCode("slovenščina"));
        Assert.Equal("rom", HsdsCodes.LanguageCode("romščina"));
        Assert.Null(HsdsCodes.LanguageCode("slovenski znakovni jezik"));
    }
}
