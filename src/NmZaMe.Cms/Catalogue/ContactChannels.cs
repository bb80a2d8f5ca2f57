using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Catalogue;

/// <summary>
/// Whether a catalogue entry (an organisation or a service) can be reached through a channel of its own, the test both
/// for "may this entry be marked checked" and for "does the page need someone else's contacts". An entry has one when
/// it has at least one of:
/// <list type="bullet">
/// <item>a <c>contacts</c> block with a phone number or an e-mail address;</item>
/// <item>its own <c>email</c> property (organisations);</item>
/// <item>a street address people may be sent to: the entry's <c>street</c> (organisations) or a <c>locations</c>
/// block's <c>street</c> (services), unless the location is confidential (a safe house, or a service of one), since a
/// secret address is never shown and so cannot be used.</item>
/// </list>
/// A website, a city without a street, opening hours alone or the provider's contacts do not count.
/// </summary>
public static class ContactChannels
{
    public static bool HasOwn(PublishedElement entry, bool confidential) =>
        Blocks(entry, "contacts").Any(b => Filled(b, "phone") || Filled(b, "email"))
        || Filled(entry, "email")
        || (!confidential && (Filled(entry, "street") || Blocks(entry, "locations").Any(l => Filled(l, "street"))));

    private static IEnumerable<PublishedElement> Blocks(PublishedElement element, string alias) =>
        (element.Value(alias, string.Empty) as BlockListValue)?.Items.Select(i => i.Content) ?? [];

    private static bool Filled(PublishedElement element, string alias) =>
        element.Value(alias, string.Empty) is string s && !string.IsNullOrWhiteSpace(s);
}
