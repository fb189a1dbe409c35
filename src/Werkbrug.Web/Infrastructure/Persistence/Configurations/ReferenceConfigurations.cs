using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Geography;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Reference;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(4);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasMany(r => r.Municipalities).WithOne().HasForeignKey(m => m.RegionCode);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.Name);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.RegionCode).HasMaxLength(4);
    }
}

internal sealed class PostcodeAreaConfiguration : IEntityTypeConfiguration<PostcodeArea>
{
    public void Configure(EntityTypeBuilder<PostcodeArea> builder)
    {
        builder.HasKey(p => p.Pc4);
        builder.Property(p => p.Pc4).HasMaxLength(4);
        builder.Ignore(p => p.Centroid);
    }
}

internal sealed class SbiSectionConfiguration : IEntityTypeConfiguration<SbiSection>
{
    public void Configure(EntityTypeBuilder<SbiSection> builder)
    {
        builder.HasKey(s => s.Letter);
        builder.Property(s => s.Letter).HasMaxLength(1);
        builder.Property(s => s.NameNl).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
    }
}
