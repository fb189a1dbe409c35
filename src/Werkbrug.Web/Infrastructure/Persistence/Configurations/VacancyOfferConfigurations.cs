using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class VacancyOfferConfiguration : IEntityTypeConfiguration<VacancyOffer>
{
    public void Configure(EntityTypeBuilder<VacancyOffer> builder)
    {
        builder.ToTable("VacancyOffers");
        builder.Property(o => o.RegionCode).HasMaxLength(4);
        builder.Property(o => o.Note).HasMaxLength(VacancyLimits.Note);
        builder.Property(o => o.WithdrawalReason).HasMaxLength(VacancyLimits.Reason);
        builder.Ignore(o => o.IsActive);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(o => o.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(o => o.OfferedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(o => o.WithdrawnByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.VacancyId, o.OfferedAtUtc });
    }
}

internal sealed class VacancyOfferTargetConfiguration : IEntityTypeConfiguration<VacancyOfferTarget>
{
    public void Configure(EntityTypeBuilder<VacancyOfferTarget> builder)
    {
        builder.ToTable("VacancyOfferTargets");
        builder.Property(t => t.RegionCode).HasMaxLength(4);
        builder.Property(t => t.OfferingRegionCode).HasMaxLength(4);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.OfferingRegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VacancyOffer>().WithMany().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.OfferId, t.RegionCode }).IsUnique();
        builder.HasIndex(t => new { t.RegionCode, t.VacancyId });
    }
}
