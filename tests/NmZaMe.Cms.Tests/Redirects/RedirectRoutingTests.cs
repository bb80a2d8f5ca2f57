using NmZaMe.Cms.PublishedCache;
using NmZaMe.Cms.Redirects;
using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Redirects;

public class RedirectRoutingTests
{
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid Folder = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Service = Guid.NewGuid();

    private static PublishedSnapshot Build(string organisation, string service = "Pomoč na domu", string? newcomer = null)
    {
        var builder = new SnapshotBuilder();
        builder.Document("catalogueRoot", null, "Novo mesto", "Novo mesto", key: Root);
        builder.Document("organisationFolder", Root, "Organizacije", "Organisations", key: Folder);
        builder.Document("organisation", Folder, organisation, "Zarek EN", key: Organisation);
        builder.Document("service", Organisation, service, "Home help", key: Service);
        if (newcomer is not null)
        {
            builder.Document("organisation", Folder, newcomer, sortOrder: 5);
        }

        return builder.Build();
    }

    [Fact]
    public void Renaming_an_item_reports_its_old_route_and_its_descendants_in_the_changed_culture_only()
    {
        var before = Build("Žarek");
        var after = Build("Sončni žarek");

        var changes = RouteChanges.Between(before, after, [Organisation]);

        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal("sl-SI", c.Culture));
        Assert.All(changes, c => Assert.Equal(Root, c.RootKey));
        Assert.Contains(changes, c => c.NodeKey == Organisation && c.OldPath == "/organizacije/zarek/" && c.NewPath == "/organizacije/soncni-zarek/");
        Assert.Contains(changes, c => c.NodeKey == Service && c.OldPath == "/organizacije/zarek/pomoc-na-domu/");
    }

    [Fact]
    public void An_unchanged_route_or_an_item_no_longer_routable_gives_no_change()
    {
        var before = Build("Žarek");

        Assert.Empty(RouteChanges.Between(before, Build("Žarek"), [Organisation]));
        Assert.Empty(RouteChanges.Between(before, new SnapshotBuilder().Build(), [Organisation]));
    }

    [Fact]
    public void The_table_leads_an_old_route_to_the_items_current_route_but_a_live_item_wins()
    {
        var now = Build("Sončni žarek", newcomer: "Žarek");
        var table = new RedirectTable(
        [
            new RedirectEntry(1, Root, "sl-SI", "/organizacije/zarek/pomoc-na-domu/", Service, DateTime.UtcNow),
            new RedirectEntry(2, Root, "sl-SI", "/organizacije/zarek/", Organisation, DateTime.UtcNow),
            new RedirectEntry(3, Root, "sl-SI", "/organizacije/izbrisano/", Guid.NewGuid(), DateTime.UtcNow),
            new RedirectEntry(4, Root, "sl-SI", "/organizacije/soncni-zarek/", Organisation, DateTime.UtcNow),
        ]);

        var moved = table.Resolve(now, Root, "sl-SI", "/organizacije/zarek/pomoc-na-domu/");

        Assert.Equal(Service, moved?.Key);
        Assert.Equal("/organizacije/soncni-zarek/pomoc-na-domu/", now.Route(moved!, "sl-SI"));
        // A newer item took the old organisation route; a redirect to a deleted item or to the route itself leads nowhere.
        Assert.Null(table.Resolve(now, Root, "sl-SI", "/organizacije/zarek/"));
        Assert.Null(table.Resolve(now, Root, "sl-SI", "/organizacije/izbrisano/"));
        Assert.Null(table.Resolve(now, Root, "sl-SI", "/organizacije/soncni-zarek/"));
        Assert.Null(table.Resolve(now, Root, "en-US", "/organizacije/zarek/pomoc-na-domu/"));
    }

    [Fact]
    public void A_new_entry_for_the_same_route_replaces_the_old_one()
    {
        var table = new RedirectTable([new RedirectEntry(1, Root, "sl-SI", "/a/", Organisation, DateTime.UtcNow)]);

        var updated = table.With([new RedirectEntry(1, Root, "sl-SI", "/A/", Service, DateTime.UtcNow)], []);

        Assert.Single(updated.Entries);
        Assert.Equal(Service, updated.Find(Root, "sl-SI", "/a/")?.NodeKey);
        Assert.Empty(updated.Without(1).Entries);
    }
}
