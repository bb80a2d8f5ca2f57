using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NmZaMe.Cms.Users;

// Back-office users and groups in ASP.NET Core Identity's tables, under Umbraco's table names.
internal sealed class BackOfficeUserConfiguration : IEntityTypeConfiguration<BackOfficeUser>
{
    public void Configure(EntityTypeBuilder<BackOfficeUser> e)
    {
        e.ToTable("umbracoUser");
        e.Property(u => u.Name).HasMaxLength(256);
        e.Property(u => u.Culture).HasMaxLength(16);
    }
}

internal sealed class UserGroupConfiguration : IEntityTypeConfiguration<UserGroup>
{
    public void Configure(EntityTypeBuilder<UserGroup> e)
    {
        e.ToTable("umbracoUserGroup");
        e.Property(g => g.DisplayName).HasMaxLength(256);
        e.Property(g => g.Languages).HasMaxLength(256);
    }
}

internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> e) => e.ToTable("umbracoUser2UserGroup");
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> e) => e.ToTable("umbracoUserClaim");
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> e) => e.ToTable("umbracoUserLogin");
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> e) => e.ToTable("umbracoUserToken");
}

internal sealed class UserGroupClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> e) => e.ToTable("umbracoUserGroupClaim");
}
