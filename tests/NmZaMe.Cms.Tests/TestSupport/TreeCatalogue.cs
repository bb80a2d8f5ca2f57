using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Tests.TestSupport;

/// <summary>
/// A two-language tree:
/// <code>
/// Lokalna blaginja / Local welfare                      (root)
/// ├─ Življenjske situacije / Life challenges            (sort 0)
/// │  ├─ Čustvena stiska / Emotional distress            (sort 2)
/// │  ├─ Cvetje / Flowers                                (sort 0)
/// │  └─ Dom / Home                                      (sort 1)
/// └─ Organizacije                                       (sort 1, Slovenian only)
///    └─ Društvo Žarek / Zarek Society                   (en-US published, but its parent is not)
///       └─ Pomoč na domu / Home help
/// Druga občina                                          (second root)
/// </code>
/// </summary>
internal sealed class TreeCatalogue
{
    public TreeCatalogue()
    {
        var b = new SnapshotBuilder();
        Root = b.Document("catalogueRoot", null, "Lokalna blaginja", "Local welfare", createDate: new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Challenges = b.Document("lifeChallengeFolder", Root, "Življenjske situacije", "Life challenges", sortOrder: 0);
        Distress = b.Document("lifeChallenge", Challenges, "Čustvena stiska", "Emotional distress", sortOrder: 2, createDate: new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        Flowers = b.Document("lifeChallenge", Challenges, "Cvetje", "Flowers", sortOrder: 0, createDate: new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Home = b.Document("lifeChallenge", Challenges, "Dom", "Home", sortOrder: 1, createDate: new DateTime(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc));
        Organisations = b.Document("organisationFolder", Root, "Organizacije", null, sortOrder: 1);
        Zarek = b.Document("organisation", Organisations, "Društvo Žarek", "Zarek Society");
        HomeHelp = b.Document("service", Zarek, "Pomoč na domu", "Home help");
        SecondRoot = b.Document("catalogueRoot", null, "Druga občina", null, sortOrder: 1);
        Snapshot = b.Build();
    }

    public PublishedSnapshot Snapshot { get; }

    public Guid Root { get; }

    public Guid Challenges { get; }

    public Guid Distress { get; }

    public Guid Flowers { get; }

    public Guid Home { get; }

    public Guid Organisations { get; }

    public Guid Zarek { get; }

    public Guid HomeHelp { get; }

    public Guid SecondRoot { get; }

    public PublishedContent this[Guid key] => Snapshot.Get(key)!;
}
