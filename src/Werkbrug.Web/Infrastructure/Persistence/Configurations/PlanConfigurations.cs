using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.RegionCode).HasMaxLength(4);
        builder.Property(p => p.Title).HasMaxLength(PlanLimits.Title);
        builder.Property(p => p.Description).HasMaxLength(PlanLimits.Description);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.RegionCode, p.Year });
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.Property(g => g.RegionCode).HasMaxLength(4);
        builder.Property(g => g.IndicatorKey).HasMaxLength(PlanLimits.IndicatorKey);
        builder.Property(g => g.Municipality).HasMaxLength(PlanLimits.Municipality);
        builder.Property(g => g.BreakdownDimension).HasMaxLength(PlanLimits.BreakdownDimension);
        builder.Property(g => g.BreakdownKey).HasMaxLength(PlanLimits.BreakdownKey);
        builder.HasOne<Plan>().WithMany().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.RegionCode, g.IndicatorKey, g.From });
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> builder)
    {
        builder.Property(a => a.RegionCode).HasMaxLength(4);
        builder.Property(a => a.Title).HasMaxLength(PlanLimits.Title);
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChange>
{
    public void Configure(EntityTypeBuilder<PlanChange> builder)
    {
        builder.Property(c => c.RegionCode).HasMaxLength(4);
        builder.OwnsMany(c => c.Fields, b => b.ToJson());
        builder.HasIndex(c => new { c.PlanId, c.AtUtc });
    }
}
