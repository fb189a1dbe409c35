using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

/// <summary>
/// The daily pool snapshots (docs/adr/0042): one row per region, day and combination of the counted keys, so the key
/// itself keeps a day from being written twice. No foreign key to the organisation: the counts of a day stay as they were.
/// </summary>
internal sealed class PoolDayConfiguration : IEntityTypeConfiguration<PoolDay>
{
    public void Configure(EntityTypeBuilder<PoolDay> builder)
    {
        builder.ToTable("PoolDays");
        builder.HasKey(d => new { d.RegionCode, d.Day, d.OwnerOrganisationId, d.Benefit, d.WerkfitStatus, d.Fresh });
        builder.Property(d => d.RegionCode).HasMaxLength(4);
        builder.Property(d => d.Benefit).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.WerkfitStatus).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Region>().WithMany().HasForeignKey(d => d.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
