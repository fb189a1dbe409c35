using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class NationalAccountConfiguration : IEntityTypeConfiguration<NationalAccount>
{
    public void Configure(EntityTypeBuilder<NationalAccount> builder)
    {
        builder.Property(a => a.KvkNumber).HasMaxLength(8);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => a.KvkNumber).IsUnique();
        // Read by the region filter of employers and vacancies for the national account manager (WerkbrugDb).
        builder.HasIndex(a => new { a.ManagerUserId, a.KvkNumber });
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(a => a.ManagerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NationalArrangementConfiguration : IEntityTypeConfiguration<NationalArrangement>
{
    public void Configure(EntityTypeBuilder<NationalArrangement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(NationalArrangement.TitleLength);
        builder.Property(a => a.AftercareDescription).HasMaxLength(NationalArrangement.AftercareLength);
        builder.HasOne<NationalAccount>().WithMany().HasForeignKey(a => a.NationalAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.NationalAccountId, a.Stage });
        builder.OwnsMany(a => a.Regions, r =>
        {
            r.ToTable("NationalArrangementRegions");
            r.WithOwner().HasForeignKey("ArrangementId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.RegionCode).HasMaxLength(4);
            r.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionCode).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => x.RegionCode);
        });
        builder.Navigation(a => a.Regions).AutoInclude();
    }
}

internal sealed class ArrangementChangeConfiguration : IEntityTypeConfiguration<ArrangementChange>
{
    public void Configure(EntityTypeBuilder<ArrangementChange> builder)
    {
        builder.ToTable("NationalArrangementChanges");
        builder.Property(c => c.RegionCode).HasMaxLength(4);
        builder.Property(c => c.Detail).HasMaxLength(ArrangementChange.DetailLength);
        builder.HasOne<NationalArrangement>().WithMany().HasForeignKey(c => c.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ArrangementId, c.AtUtc });
    }
}
