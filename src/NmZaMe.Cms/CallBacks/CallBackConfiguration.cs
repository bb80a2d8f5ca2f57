using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NmZaMe.Cms.Persistence;

namespace NmZaMe.Cms.CallBacks;

internal sealed class CallBackConfiguration : IEntityTypeConfiguration<CallBackRecord>
{
    public void Configure(EntityTypeBuilder<CallBackRecord> e)
    {
        e.ToTable("nmzameCallBack");
        e.HasKey(c => c.Id);
        e.HasIndex(c => c.Key).IsUnique();
        e.HasIndex(c => new { c.Status, c.StatusChangedAt });
        e.HasIndex(c => c.ArrivedAt);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Language).HasMaxLength(16);
    }
}

internal sealed class CallBackAccessConfiguration : IEntityTypeConfiguration<CallBackAccessRecord>
{
    public void Configure(EntityTypeBuilder<CallBackAccessRecord> e)
    {
        e.ToTable("nmzameCallBackAccess");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.RequestKey);
        e.HasIndex(a => a.At);
        e.Property(a => a.UserName).HasMaxLength(256);
        e.Property(a => a.Action).HasMaxLength(32);
    }
}

internal sealed class CallBackTallyConfiguration : IEntityTypeConfiguration<CallBackTallyRecord>
{
    public void Configure(EntityTypeBuilder<CallBackTallyRecord> e)
    {
        e.ToTable("nmzameCallBackTally");
        e.HasKey(t => t.Id);
        e.HasIndex(t => t.Month);
    }
}
