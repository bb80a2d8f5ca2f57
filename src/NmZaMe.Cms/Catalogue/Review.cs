namespace NmZaMe.Cms.Catalogue;

/// <summary>
/// "Checked" on a catalogue entry: <c>lastReviewed</c> (when) and <c>reviewedBy</c> (which organisation checked it: the
/// provider itself or the Local Welfare Office), both invariant, on the catalogueEntry composition. The date may only
/// be set on an entry that can be reached through a channel of its own (<see cref="ContactChannels"/>): a record
/// nobody can contact is not "checked", whatever the date says. Saving and publishing apply it through
/// <c>Content.ReviewRule</c>.
/// </summary>
public static class Review
{
    public const string LastReviewed = "lastReviewed";
    public const string ReviewedBy = "reviewedBy";

    /// <summary>The error code for a checked date on an entry without a contact channel of its own; the back office has the words.</summary>
    public const string WithoutContactChannel = "review.withoutContactChannel";
}
