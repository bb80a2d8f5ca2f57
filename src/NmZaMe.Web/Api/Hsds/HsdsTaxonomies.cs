using NmZaMe.Cms.Hsds;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>One of the catalogue's classifications published as an HSDS taxonomy; <see cref="LinkType"/> names it on attributes.</summary>
public sealed record HsdsTaxonomy(string Code, string LinkType, string NameSl, string NameEn, string DescriptionSl, string DescriptionEn)
{
    public Guid Id { get; } = HsdsIds.Named("taxonomy/" + Code);
}

/// <param name="Code">A life situation's URL segment, or the stored list value.</param>
public sealed record HsdsTerm(Guid Id, HsdsTaxonomy Taxonomy, string Code, string Name, string Description, string? Uri, Guid? ParentId);

/// <summary>
/// The Slovenian profile's taxonomies (docs/hsds-profile.md): life situations are content (their keys are the term
/// ids), target groups, cost and kinds of organisation are list values (their term ids are name-based UUIDs of the
/// value, so they stay the same while the value does). Only terms some published item uses are listed, except life
/// situations, which are pages of their own.
/// </summary>
public static class HsdsTaxonomies
{
    public static readonly HsdsTaxonomy LifeChallenges = new("life-challenges", "life_challenge", "Življenjske situacije", "Life situations",
        "Življenjske situacije, po katerih katalog razvršča storitve.", "The life situations the catalogue groups services by.");

    public static readonly HsdsTaxonomy TargetGroups = new("target-groups", "target_group", "Ciljne skupine", "Target groups",
        "Komu je storitev namenjena.", "Who a service is meant for.");

    public static readonly HsdsTaxonomy Cost = new("cost", "cost", "Plačljivost", "Cost",
        "Ali je storitev brezplačna, delno plačljiva ali plačljiva.", "Whether a service is free of charge, partly paid or paid.");

    public static readonly HsdsTaxonomy OrganisationTypes = new("organisation-types", "organization_type", "Vrste organizacij", "Kinds of organisation",
        "Pravna oblika ali vloga izvajalca.", "The legal form or role of a provider.");

    public static IReadOnlyList<HsdsTaxonomy> All { get; } = [LifeChallenges, TargetGroups, Cost, OrganisationTypes];

    public static string Name(HsdsContext context, HsdsTaxonomy taxonomy) => context.IsEnglish ? taxonomy.NameEn : taxonomy.NameSl;

    public static string Description(HsdsContext context, HsdsTaxonomy taxonomy) => context.IsEnglish ? taxonomy.DescriptionEn : taxonomy.DescriptionSl;

    /// <summary>The terms a service or an organisation carries, in taxonomy order.</summary>
    public static IReadOnlyList<HsdsTerm> Of(HsdsContext context, PublishedContent item)
    {
        var terms = new List<HsdsTerm>();
        if (item.ContentType.Alias == "service")
        {
            foreach (var key in (item.Value("lifeChallenges", string.Empty) as PickedItems)?.Keys ?? [])
            {
                if (context.Get(key, "lifeChallenge") is { } challenge)
                {
                    terms.Add(LifeChallenge(context, challenge));
                }
            }

            terms.AddRange(HsdsContext.Strings(item, "targetGroups").Select(v => Value(context, TargetGroups, v)));
            terms.AddRange(HsdsContext.Strings(item, "cost").Take(1).Select(v => Value(context, Cost, v)));
        }
        else
        {
            terms.AddRange(HsdsContext.Strings(item, "organisationType").Take(1).Select(v => Value(context, OrganisationTypes, v)));
        }

        return terms.DistinctBy(t => t.Id).ToArray();
    }

    /// <summary>Every published term: all life situations, and the list values some published item uses; by taxonomy, then name.</summary>
    public static IReadOnlyList<HsdsTerm> Terms(HsdsContext context)
    {
        var challenges = context.Snapshot.All
            .Where(c => c.ContentType.Alias == "lifeChallenge")
            .Select(c => context.Get(c.Key, "lifeChallenge"))
            .OfType<PublishedContent>()
            .Select(c => LifeChallenge(context, c));
        var used = context.Services.Concat(context.Organisations).SelectMany(i => Of(context, i)).Where(t => t.Taxonomy != LifeChallenges);
        return challenges.Concat(used)
            .DistinctBy(t => t.Id)
            .OrderBy(t => All.ToList().IndexOf(t.Taxonomy))
            .ThenBy(t => t.Name, Comparer<string>.Create(HsdsContext.CompareNames))
            .ThenBy(t => t.Id)
            .ToArray();
    }

    private static HsdsTerm LifeChallenge(HsdsContext context, PublishedContent challenge)
    {
        var parent = challenge.ParentKey is { } key ? context.Get(key, "lifeChallenge") : null;
        var segment = challenge.Culture("sl-SI")?.UrlSegment ?? challenge.Key.ToString("D");
        return new HsdsTerm(challenge.Key, LifeChallenges, segment, context.Name(challenge),
            context.Text(challenge, "summary") ?? context.Name(challenge), context.PageUrl(challenge), parent?.Key);
    }

    private static HsdsTerm Value(HsdsContext context, HsdsTaxonomy taxonomy, string stored)
    {
        var label = context.Label(stored);
        return new HsdsTerm(HsdsIds.Named(taxonomy.Code + "/" + stored), taxonomy, stored, label, Name(context, taxonomy) + ": " + label, null, null);
    }
}
