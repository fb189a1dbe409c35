using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class IntakeRequestConfiguration : IEntityTypeConfiguration<IntakeRequest>
{
    public void Configure(EntityTypeBuilder<IntakeRequest> builder)
    {
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.Reference).HasMaxLength(IntakeLimits.Reference);
        builder.Property(e => e.CompanyName).HasMaxLength(IntakeLimits.CompanyName);
        builder.Property(e => e.KvkNumber).HasMaxLength(EmployerLimits.KvkNumber);
        builder.Property(e => e.ContactName).HasMaxLength(IntakeLimits.ContactName);
        builder.Property(e => e.Email).HasMaxLength(IntakeLimits.Email);
        builder.Property(e => e.Phone).HasMaxLength(IntakeLimits.Phone);
        builder.Property(e => e.Municipality).HasMaxLength(IntakeLimits.Municipality);
        builder.Property(e => e.SbiSection).HasMaxLength(IntakeLimits.SbiSection);
        builder.Property(e => e.Text).HasMaxLength(IntakeLimits.Text);
        builder.Property(e => e.Answer).HasMaxLength(IntakeLimits.Answer);
        builder.Property(e => e.CloseReason).HasMaxLength(IntakeLimits.CloseReason);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.AssignedTeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(e => e.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.EmployerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.HasIndex(e => new { e.RegionCode, e.Status, e.DueDate });
    }
}

internal sealed class IntakeRequestEventConfiguration : IEntityTypeConfiguration<IntakeRequestEvent>
{
    public void Configure(EntityTypeBuilder<IntakeRequestEvent> builder)
    {
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        // Answers and close reasons are the longest notes.
        builder.Property(e => e.Note).HasMaxLength(IntakeLimits.Answer);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IntakeRequest>().WithMany().HasForeignKey(e => e.IntakeRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.IntakeRequestId, e.AtUtc });
    }
}
