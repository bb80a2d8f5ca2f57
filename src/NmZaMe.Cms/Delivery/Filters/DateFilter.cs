using System.Globalization;
using System.Text.RegularExpressions;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Filters;

/// <summary>
/// <c>createDate</c>/<c>updateDate</c> with <c>:</c> <c>:!</c> <c>&gt;</c> <c>&gt;:</c> <c>&lt;</c> <c>&lt;:</c>, as Umbraco's
/// date filters. A value with a time is an exact instant, as in Umbraco; a date alone with <c>:</c>/<c>:!</c> means the
/// whole day (Umbraco: midnight only, which matches nothing created during the day; README "Deliberate differences").
/// </summary>
public abstract partial class DateFilter(string option, Func<PublishedContent, string, DateTime> date) : IFilterHandler
{
    public bool CanHandle(string query) => query.StartsWith(option, StringComparison.OrdinalIgnoreCase) && query.Length > option.Length && query[option.Length] is '>' or '<' or ':';

    public Filter? BuildFilter(string query, FilterContext context)
    {
        var match = Operator().Match(query[option.Length..]);
        if (!match.Success)
        {
            return null;
        }

        // Umbraco drops a filter whose date it cannot parse instead of failing the request.
        var text = match.Groups["value"].Value.Trim();
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            return new Filter(string.Empty, (_, _, _) => true);
        }

        var dayOnly = text.Length <= 10 && !text.Contains(':', StringComparison.Ordinal);
        Func<PublishedContent, PublishedSnapshot, string, bool> matches = match.Groups["op"].Value switch
        {
            ":" when dayOnly => (c, _, culture) => date(c, culture).Date == value.Date,
            ":!" when dayOnly => (c, _, culture) => date(c, culture).Date != value.Date,
            ":" => (c, _, culture) => date(c, culture) == value,
            ":!" => (c, _, culture) => date(c, culture) != value,
            ">" => (c, _, culture) => date(c, culture) > value,
            ">:" => (c, _, culture) => date(c, culture) >= value,
            "<" => (c, _, culture) => date(c, culture) < value,
            "<:" => (c, _, culture) => date(c, culture) <= value,
            _ => null!,
        };
        return matches is null ? null : new Filter(option, matches);
    }

    [GeneratedRegex("^(?<op>[><:!]{1,2})(?<value>.*)$")]
    private static partial Regex Operator();
}

public sealed class CreateDateFilter() : DateFilter("createDate", (c, _) => c.CreateDate);

public sealed class UpdateDateFilter() : DateFilter("updateDate", (c, _) => c.UpdateDate);
