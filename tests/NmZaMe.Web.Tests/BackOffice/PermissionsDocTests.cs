using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Users;

namespace NmZaMe.Web.Tests.BackOffice;

/// <summary>
/// docs/permissions.md is the administrators' reference: which permission each group has by default and which
/// permission each back-office route requires. Both tables are read from the doc and compared with the code (the
/// permission list, the default groups, and the routes' authorization metadata found as EveryPostTests finds them), so
/// the doc cannot drift. On a difference the message holds the table as the code has it.
/// </summary>
public sealed class PermissionsDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(CmsApplication.RepositoryRoot, "docs", "permissions.md"));

    [Fact]
    public void The_permission_table_lists_every_permission_and_each_groups_defaults()
    {
        var groups = UserGroups.Defaults.Select(d => d.Alias).ToList();
        var expected = Permissions.All.Select(p => $"| `{p}` | " + string.Join(" | ", UserGroups.Defaults.Select(d => d.Permissions.Contains(p) ? "✓" : "–")) + " |").ToList();
        var documented = Rows(Doc, "## Permissions by group").Select(r => "| " + string.Join(" | ", new[] { r[0] }.Concat(r.Skip(2))) + " |").ToList();
        var header = Rows(Doc, "## Permissions by group", header: true).First().Skip(2).Select(h => h.Trim('`')).ToList();

        Assert.Equal(groups, header);
        Assert.True(expected.SequenceEqual(documented), "docs/permissions.md, permissions by group (permission | what it allows | " + string.Join(" | ", groups) + "), as the code has them:\n" + string.Join('\n', expected));
    }

    [Fact]
    public async Task The_route_table_lists_every_back_office_route_and_the_permission_it_requires()
    {
        using var app = new CmsApplication();
        await app.StartAsync();
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var expected = new List<string>();
        foreach (var (pattern, endpoints) in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                     .Select(e => (Endpoint: e, Pattern: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')))
                     .Where(e => NmZaMe.Web.BackOffice.BackOfficePaths.IsBackOffice(new PathString(e.Pattern.Split('{')[0].TrimEnd('/') is { Length: > 0 } p ? p : "/")))
                     .GroupBy(e => e.Pattern, e => e.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList())))
        {
            var methods = endpoints.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Distinct().Order(StringComparer.Ordinal);
            var required = new SortedSet<string>(StringComparer.Ordinal);
            var anonymous = endpoints.All(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null);
            foreach (var data in endpoints.SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>()))
            {
                var policy = data.Policy is null ? await policies.GetDefaultPolicyAsync() : await policies.GetPolicyAsync(data.Policy);
                foreach (var claim in policy!.Requirements.OfType<ClaimsAuthorizationRequirement>().Where(r => r.ClaimType == Permissions.ClaimType))
                {
                    required.UnionWith(claim.AllowedValues ?? []);
                }
            }

            var requirement = anonymous ? "public" : required.Count == 0 ? "signed in" : string.Join(" + ", required.Select(r => $"`{r}`"));
            expected.Add($"| `{pattern}` | {string.Join(", ", methods)} | {requirement} |");
        }

        var documented = Rows(Doc, "## Routes").Select(r => "| " + string.Join(" | ", r) + " |").ToList();
        Assert.True(expected.SequenceEqual(documented), "docs/permissions.md, routes (route | methods | requires), as the code has them:\n" + string.Join('\n', expected));
    }

    /// <summary>The cells of the table under a heading: header row or body rows, each cell trimmed.</summary>
    private static List<string[]> Rows(string doc, string heading, bool header = false)
    {
        var start = doc.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/permissions.md has no \"{heading}\" section.");
        var lines = doc[start..].Split('\n').Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        return lines.Where((l, i) => header ? i == 0 : i > 1)
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }
}
