using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.Redirects;

internal sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrlRecord>
{
    public void Configure(EntityTypeBuilder<RedirectUrlRecord> e)
    {
        e.ToTable("umbracoRedirectUrl");
        e.HasKey(r => r.Id);
        e.Property(r => r.Culture).HasMaxLength(16);
        e.Property(r => r.Path).HasMaxLength(2000);
        e.HasIndex(r => new { r.RootKey, r.Culture, r.Path }).IsUnique();
        e.HasIndex(r => r.NodeKey);
    }
}
