using NmZaMe.Cms.Persistence;
using NmZaMe.Cms.Users;

namespace NmZaMe.Cms.Tests.Users;

public sealed class StartNodeRuleTests
{
    private static readonly Guid Organisation = Guid.NewGuid();

    private static UserGroup Group(string alias, Guid? start = null) => new() { Name = alias, StartContentKey = start };

    [Fact]
    public void The_users_own_start_node_wins_over_the_groups()
    {
        var own = Guid.NewGuid();
        Assert.Equal([own], StartNodeRule.Resolve(own, [Group(UserGroups.Editors)]));
    }

    [Fact]
    public void A_group_without_a_start_node_opens_the_whole_tree()
    {
        Assert.Null(StartNodeRule.Resolve(null, [Group(UserGroups.Writers, Organisation), Group(UserGroups.Editors)]));
    }

    [Fact]
    public void A_group_limited_to_a_start_node_opens_nothing_without_one()
    {
        Assert.Empty(StartNodeRule.Resolve(null, [Group(UserGroups.OrganisationEditors)])!);
        Assert.Equal([Organisation], StartNodeRule.Resolve(null, [Group(UserGroups.OrganisationEditors), Group(UserGroups.Writers, Organisation)]));
    }

    [Theory]
    [InlineData("-1,12,45", 45, true)]
    [InlineData("-1,12,45", 12, true)]
    [InlineData("-1,12,45", 4, false)]
    [InlineData("-1", 1, false)]
    public void A_path_is_at_or_under_its_ids(string path, int start, bool expected)
    {
        Assert.Equal(expected, NodePath.IsAtOrUnder(path, new HashSet<int> { start }));
    }
}
