using System.Text.Json;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

public class DateTimeEditorTests
{
    private static readonly DateTimeEditor Editor = new();
    private static readonly Schema.DataType DatePicker = TestSchema.DataType("Date Picker with time");

    [Theory]
    [InlineData("2026-05-04", "2026-05-04 00:00:00")]
    [InlineData("2026-05-04 10:30:00", "2026-05-04 10:30:00")]
    [InlineData("2026-05-04T10:30:00", "2026-05-04 10:30:00")]
    [InlineData("2026-05-04T10:30", "2026-05-04 10:30:00")]
    [InlineData("2026-05-04T10:30:00Z", "2026-05-04 10:30:00")]
    [InlineData("4. 5. 2026", "2026-05-04 00:00:00")]
    [InlineData("4.5.2026", "2026-05-04 00:00:00")]
    public void Normalise_stores_the_umbraco_date_format(string raw, string expected) =>
        Editor.Normalise(raw, DatePicker).AssertValue(expected);

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("jutri")]
    [InlineData("05/04/2026")]
    [InlineData("1800-01-01")]
    [InlineData("2300-01-01")]
    public void Normalise_rejects_what_is_not_a_plausible_date(string raw) =>
        Editor.Normalise(raw, DatePicker).AssertError("editor.notDate");

    [Fact]
    public void Normalise_stores_nothing_for_empty_input() =>
        Editor.Normalise("", DatePicker).AssertValue(null);

    [Fact]
    public void ToIntermediate_gives_a_utc_date_time()
    {
        var value = Assert.IsType<DateTime>(Editor.Intermediate("2026-09-15 08:00:00", DatePicker));

        Assert.Equal(new DateTime(2026, 9, 15, 8, 0, 0), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void Delivery_writes_an_iso_8601_utc_string() =>
        Assert.Equal("2026-09-15T08:00:00Z", Editor.Deliver("2026-09-15 08:00:00", DatePicker).GetString());

    [Fact]
    public void Delivery_writes_null_for_no_value() =>
        Assert.Equal(JsonValueKind.Null, Editor.Deliver(null, DatePicker).ValueKind);
}
