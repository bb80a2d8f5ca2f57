using NmZaMe.Cms.Editors;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Editors;

/// <summary>Editor-written validation patterns: valid values pass, a runaway pattern cannot hang a save.</summary>
public class PropertyValidatorRegexTests
{
    private static readonly EditorContext Context = new(TestSchema.Load((_, p) => p));

    private static PropertyType Phone(string pattern) =>
        Context.Schema.GetContentType("contactPoint")!.Properties.Single(p => p.Alias == "phone") with { ValidationRegex = pattern };

    [Theory]
    [InlineData("01 620 0423", true)]
    [InlineData("+386 7 39 39 233", true)]
    [InlineData("07/332 47 77", true)]
    [InlineData("pokličite", false)]
    public void The_seed_phone_pattern_decides_by_the_value(string value, bool valid) =>
        Assert.Equal(valid, PropertyValidator.Validate(Phone(@"^\+?[0-9 ()/-]{3,20}$"), value, Context).IsValid);

    [Fact]
    public void A_pattern_that_backtracks_exponentially_answers_invalid_at_once()
    {
        // (a+)+$ on a long run of a's ending in b takes the backtracking engine astronomically long; the linear-time
        // engine answers in microseconds, so the save gets its message instead of a timeout or a hang.
        var result = PropertyValidator.Validate(Phone("^(0+)+$"), new string('0', 40) + "1", Context);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_pattern_with_a_lookahead_still_validates()
    {
        // The linear-time engine has no lookarounds; such a pattern runs on the backtracking one and still decides.
        var property = Phone(@"^(?=.*7)[0-9 ]+$");
        Assert.True(PropertyValidator.Validate(property, "07 39 39 233", Context).IsValid);
        Assert.False(PropertyValidator.Validate(property, "01 20 00", Context).IsValid);
    }

    [Theory]
    [InlineData("opens", "8:00", "08:00")]
    [InlineData("opens", "8.30", "08:30")]
    [InlineData("opens", "08:00", "08:00")]
    [InlineData("closes", "24.00", "24:00")]
    [InlineData("closes", " 7:45 ", "07:45")]
    public void B16_opening_hours_accept_8_00(string alias, string typed, string stored)
    {
        var property = Context.Schema.GetContentType("openingHours")!.Properties.Single(p => p.Alias == alias);

        var result = PropertyValidator.Validate(property, typed, Context);

        Assert.True(result.IsValid, result.Error?.ToString());
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("8:7")]
    [InlineData("osem")]
    public void B16_a_time_that_is_no_time_is_still_refused(string typed)
    {
        var property = Context.Schema.GetContentType("openingHours")!.Properties.Single(p => p.Alias == "opens");

        Assert.False(PropertyValidator.Validate(property, typed, Context).IsValid);
    }
}
