using System.Globalization;
using System.Text;
using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Schema;
using NmZaMe.Cms.Sync;
using NmZaMe.Cms.Text;
using static NmZaMe.Benchmarks.Generate.Vocabulary;

namespace NmZaMe.Benchmarks.Generate;

/// <summary>A generated node with what the uSync writer needs besides the file itself.</summary>
public sealed record GeneratedNode(ContentFile File, string ParentName, string Path);

/// <summary>
/// A synthetic catalogue shaped like the real one: root, 14 life challenges, N/3 organisations with about three services
/// each, then the office (the root's office contact), the search page, a news folder with 20 articles and a text page,
/// so every page type of the public site can be measured.
/// Everything comes from one seeded <see cref="Random"/> consumed in a fixed order, so the same arguments give the same files.
/// Nodes are yielded one at a time so 100,000 services never sit in memory together.
/// </summary>
public sealed partial class CatalogueGenerator(ConfiguredSchema schema, int seed)
{
    private static readonly string[] Cultures = ["sl-SI", "en-US"];
    private static readonly DateTime Created = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Fixed rather than drawn, so the root can name the office before it is generated at the end.</summary>
    private static readonly Guid OfficeKey = new("0ff1ce00-5e1d-4b1a-8c0e-000000000001");

    private readonly Random _random = new(seed);

    public IEnumerable<GeneratedNode> Generate(int services)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(services, 1);
        var root = Node(Guid.Empty, 1, "catalogueRoot", 0, "Lokalna blaginja – sintetični katalog", "Local welfare – synthetic catalogue", new()
        {
            ["siteName"] = Variant("Sintetični katalog storitev", "Synthetic service catalogue"),
            ["intro"] = Variant(PropertyValues.RichText(Paragraphs(2, 2, english: false)), PropertyValues.RichText(Paragraphs(2, 2, english: true))),
            ["municipality"] = Invariant(PropertyValues.DropDown(schema.RootMunicipality[0])),
            ["officeContact"] = Invariant(PropertyValues.NodePicker([OfficeKey])),
        });
        yield return new GeneratedNode(root, string.Empty, PathOf(string.Empty, root));
        var rootPath = PathOf(string.Empty, root);

        var challengeFolder = Node(root.Key, 2, "lifeChallengeFolder", 0, "Življenjske situacije", "Life challenges", []);
        var challengeFolderPath = PathOf(rootPath, challengeFolder);
        yield return new GeneratedNode(challengeFolder, Name(root), challengeFolderPath);

        var challengeKeys = new Guid[LifeChallenges.Length];
        for (var i = 0; i < LifeChallenges.Length; i++)
        {
            var lc = LifeChallenges[i];
            var node = Node(challengeFolder.Key, 3, "lifeChallenge", i, lc.Sl, lc.En, new()
            {
                ["summary"] = Variant($"Ko vas doleti {lc.Sl.ToLowerInvariant()}: kje dobiti informacije, pomoč in podporo.", $"{lc.En}: where to find information, help and support."),
                ["body"] = Variant(PropertyValues.RichText(Paragraphs(2, 4, english: false)), PropertyValues.RichText(Paragraphs(2, 4, english: true))),
                ["icon"] = Invariant(lc.Icon),
                ["keywords"] = Variant(PropertyValues.List(lc.KeywordsSl), PropertyValues.List(lc.KeywordsEn)),
            });
            challengeKeys[i] = node.Key;
            yield return new GeneratedNode(node, Name(challengeFolder), PathOf(challengeFolderPath, node));
        }

        var organisationFolder = Node(root.Key, 2, "organisationFolder", 1, "Organizacije", "Organisations", []);
        var organisationFolderPath = PathOf(rootPath, organisationFolder);
        yield return new GeneratedNode(organisationFolder, Name(root), organisationFolderPath);

        var organisations = Math.Max(1, services / 3);
        var remaining = services;
        for (var i = 0; i < organisations; i++)
        {
            var after = organisations - i - 1;
            var count = i == organisations - 1 ? remaining : Math.Clamp(_random.Next(2, 5), Math.Max(1, remaining - (5 * after)), remaining - after);
            remaining -= count;

            var organisation = Organisation(organisationFolder.Key, i);
            var organisationPath = PathOf(organisationFolderPath, organisation);
            yield return new GeneratedNode(organisation, Name(organisationFolder), organisationPath);

            var used = new HashSet<(int, int)>();
            for (var s = 0; s < count; s++)
            {
                // Distinct names under one provider, as editors would keep them; retry is bounded by 240 combinations.
                (int Activity, int Group) pick;
                do
                {
                    pick = (_random.Next(Activities.Length), _random.Next(Groups.Length));
                }
                while (!used.Add(pick) && used.Count < Activities.Length * Groups.Length);

                var service = Service(organisation, s, Activities[pick.Activity], Groups[pick.Group], challengeKeys);
                yield return new GeneratedNode(service, Name(organisation), PathOf(organisationPath, service));
            }
        }

        // Drawn after everything above, so adding them left the organisations and services of a seed unchanged.
        foreach (var node in SitePages(root, rootPath, organisationFolder, organisationFolderPath, organisations))
        {
            yield return node;
        }
    }

    private ContentFile Organisation(Guid parent, int index)
    {
        var kind = Pick(OrganisationKinds);
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        var town = Pick(Towns);
        var domain = $"{UrlSegment.From(kind.Sl).Replace("-", string.Empty, StringComparison.Ordinal)}{number}.si";
        var areas = Sample(LifeChallenges, 1, 3);
        var areasSl = string.Join(" in ", areas.Select(a => a.Sl.ToLowerInvariant()));
        var areasEn = string.Join(" and ", areas.Select(a => a.En.ToLowerInvariant()));
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["summary"] = Variant($"{kind.Sl} iz kraja {town.Name}, ki ljudem pomaga na področju: {areasSl}.", $"An organisation in {town.Name} that helps people with {areasEn}."),
            ["description"] = Variant(PropertyValues.RichText(Paragraphs(1, 3, english: false)), PropertyValues.RichText(Paragraphs(1, 3, english: true))),
            ["organisationType"] = Invariant(PropertyValues.DropDown(Pick(schema.OrganisationTypes))),
            ["registrationNumber"] = Invariant(Digits(_random.Next(2) == 0 ? 7 : 10)),
            ["street"] = Invariant($"{Pick(Streets)} {_random.Next(1, 80)}"),
            ["postcode"] = Invariant(town.Postcode),
            ["city"] = Invariant(town.Name),
            ["confidentialLocation"] = Invariant(PropertyValues.TrueFalse(_random.Next(100) == 0)),
            ["website"] = Invariant(PropertyValues.ExternalLinks([($"{kind.Sl} št. {number}", $"https://www.{domain}/")])),
            ["email"] = Invariant($"info@{domain}"),
            ["contacts"] = Invariant(Contacts(domain)),
            ["municipalities"] = Invariant(PropertyValues.List(Sample(schema.Municipalities, 1, schema.Municipalities.Count))),
            ["lastReviewed"] = Invariant(PropertyValues.Date(Created.Date.AddDays(-_random.Next(400)))),
        };
        if (_random.Next(2) == 0)
        {
            values["openingHours"] = Invariant(OpeningHours());
        }

        return Node(parent, 3, "organisation", index, $"{kind.Sl} št. {number}", $"{kind.En} no. {number}", values);
    }

    private ContentFile Service(ContentFile organisation, int index, Activity activity, Group group, Guid[] challengeKeys)
    {
        var town = organisation.Values["city"][string.Empty];
        var domain = organisation.Values["email"][string.Empty].Split('@')[1];
        var challenges = Sample(activity.LifeChallenges, 1, activity.LifeChallenges.Length).ToList();
        if (_random.Next(4) == 0)
        {
            challenges.Add(_random.Next(LifeChallenges.Length));
        }

        challenges = challenges.Distinct().ToList();
        var targetGroups = Sample(schema.TargetGroups, 0, 2).Append(group.TargetGroup).Where(schema.TargetGroups.Contains).Distinct()
            .OrderBy(t => schema.TargetGroups.ToList().IndexOf(t)).ToArray();
        var cost = _random.Next(10) < 7 ? schema.Costs[0] : Pick(schema.Costs);
        var status = _random.Next(100) switch { < 92 => schema.Statuses[0], < 97 => schema.Statuses[1 % schema.Statuses.Count], _ => schema.Statuses[^1] };
        var opener = Pick(Sentences);
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["summary"] = Variant($"{activity.Sl} {group.Sl} v kraju {town}. {opener.Sl}", $"{activity.En} {group.En} in {town}. {opener.En}"),
            ["description"] = Variant(PropertyValues.RichText(Paragraphs(1, 4, english: false)), _random.Next(10) < 6 ? PropertyValues.RichText(Paragraphs(1, 3, english: true)) : null),
            ["lifeChallenges"] = Invariant(PropertyValues.NodePicker(challenges.Select(c => challengeKeys[c]))),
            ["cost"] = Invariant(PropertyValues.DropDown(cost)),
            ["status"] = Invariant(PropertyValues.DropDown(status)),
            ["howToApply"] = Variant(PropertyValues.RichText(StepList(english: false)), PropertyValues.RichText(StepList(english: true))),
            ["languages"] = Invariant(PropertyValues.List(Sample(schema.Languages.Skip(1).ToArray(), 0, 2).Prepend(schema.Languages[0]))),
            ["keywords"] = Variant(
                PropertyValues.List(challenges.SelectMany(c => Sample(LifeChallenges[c].KeywordsSl, 1, 3)).Concat(Sample(ExtraKeywordsSl, 1, 3)).Append(activity.Sl.ToLowerInvariant()).Distinct()),
                PropertyValues.List(challenges.SelectMany(c => Sample(LifeChallenges[c].KeywordsEn, 1, 2)).Concat(Sample(ExtraKeywordsEn, 0, 2)).Distinct())),
            ["municipalities"] = Invariant(PropertyValues.List(Sample(schema.Municipalities, 1, schema.Municipalities.Count))),
            ["contacts"] = Invariant(Contacts(domain)),
            ["lastReviewed"] = Invariant(PropertyValues.Date(Created.Date.AddDays(-_random.Next(400)))),
        };
        if (schema.Topics.Contains(activity.Topic))
        {
            values["topic"] = Invariant(PropertyValues.DropDown(activity.Topic));
        }

        if (targetGroups.Length > 0)
        {
            values["targetGroups"] = Invariant(PropertyValues.List(targetGroups));
        }

        if (cost != schema.Costs[0])
        {
            var euros = _random.Next(5, 60);
            values["costDetails"] = Variant($"Prispevek uporabnika je {euros} EUR na mesec; ob nizkih dohodkih ga lahko delno krije občina.", $"The user contribution is EUR {euros} a month; with a low income the municipality may cover part of it.");
        }

        if (_random.Next(2) == 0)
        {
            values["eligibility"] = Variant($"Storitev je namenjena ljudem {group.Sl} iz Novega mesta in okolice, ki potrebujejo pomoč.", $"The service is meant for people {group.En} in Novo mesto and the surrounding area.");
        }

        if (status != schema.Statuses[0])
        {
            values["alert"] = Variant("Zaradi prenove prostorov storitev do nadaljnjega ne poteka. Za informacije pokličite tajništvo.", "The service is paused while the premises are renovated. Call the office for information.");
        }

        switch (group.TargetGroup)
        {
            case "otroci":
                values["maximumAge"] = Invariant(PropertyValues.Integer(14));
                break;
            case "mladostniki":
                values["minimumAge"] = Invariant(PropertyValues.Integer(12));
                values["maximumAge"] = Invariant(PropertyValues.Integer(19));
                break;
            case "starejši":
                values["minimumAge"] = Invariant(PropertyValues.Integer(65));
                break;
        }

        return Node(organisation.Key, 4, "service", index, $"{activity.Sl} {group.Sl}", $"{activity.En} {group.En}", values);
    }

    private string Paragraphs(int min, int max, bool english)
    {
        var html = new StringBuilder();
        for (var p = _random.Next(min, max + 1); p > 0; p--)
        {
            var sentences = Sample(Sentences, 1, 4).Select(s => english ? s.En : s.Sl).ToArray();
            if (_random.Next(3) == 0)
            {
                // Emphasis as editors use it: on a whole sentence, which keeps the markup valid.
                sentences[0] = $"<strong>{sentences[0]}</strong>";
            }

            html.Append("<p>").AppendJoin(' ', sentences).Append("</p>");
        }

        if (_random.Next(5) < 2)
        {
            html.Append(english ? "<h3>How it works</h3>" : "<h3>Kako poteka</h3>");
            html.Append(StepList(english));
        }

        return html.ToString();
    }

    private string StepList(bool english) =>
        "<ol>" + string.Concat(Steps.Take(_random.Next(2, Steps.Length + 1)).Select(s => $"<li>{(english ? s.En : s.Sl)}</li>")) + "</ol>";

    private string Phone() => _random.Next(3) switch
    {
        0 => $"07 3{Digits(2)} {Digits(2)} {Digits(2)}",
        1 => $"+386 41 {Digits(3)} {Digits(3)}",
        _ => $"031 {Digits(3)} {Digits(3)}",
    };

    private string Digits(int count) => string.Create(count, _random, (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + r.Next(10));
        }
    });

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Between min and max distinct items, in their original order (so lists read like an editor's ticks).</summary>
    private IEnumerable<T> Sample<T>(IReadOnlyList<T> items, int min, int max)
    {
        var count = Math.Min(items.Count, _random.Next(min, max + 1));
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(_random.Next(items.Count));
        }

        return chosen.Select(i => items[i]).ToArray();
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private ContentFile Node(Guid parent, int level, string type, int sort, string sl, string en, Dictionary<string, IReadOnlyDictionary<string, string>> values, Guid? key = null) =>
        new(string.Empty, ContentKind.Document, key ?? NextGuid(), level, parent, type, Created.AddDays(-_random.Next(365)), sort, false, null,
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [string.Empty] = sl, ["sl-SI"] = sl, ["en-US"] = en },
            new HashSet<string>(Cultures, StringComparer.OrdinalIgnoreCase),
            values);

    private static IReadOnlyDictionary<string, string> Invariant(string value) => new Dictionary<string, string> { [string.Empty] = value };

    private static IReadOnlyDictionary<string, string> Variant(string sl, string? en) =>
        en is null ? new Dictionary<string, string> { ["sl-SI"] = sl } : new Dictionary<string, string> { ["sl-SI"] = sl, ["en-US"] = en };

    private static string Name(ContentFile file) => file.Names[string.Empty];

    /// <summary>uSync's friendly path: each ancestor's name without spaces or diacritics, in PascalCase.</summary>
    private static string PathOf(string parentPath, ContentFile file) =>
        parentPath + "/" + string.Concat(UrlSegment.From(Name(file)).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
