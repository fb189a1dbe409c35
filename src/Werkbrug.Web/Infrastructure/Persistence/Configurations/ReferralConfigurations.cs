using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.Property(r => r.RegionCode).HasMaxLength(4);
        builder.Property(r => r.Pseudonym).HasMaxLength(JobSeekerLimits.Pseudonym);
        builder.Property(r => r.Motivation).HasMaxLength(ReferralLimits.Motivation);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DisclosureBasis).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DisclosureLegalBasis).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RejectionReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OutcomeNote).HasMaxLength(ReferralLimits.Note);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(ReferralLimits.IdempotencyKey);
        builder.Property(r => r.VacancyRegionCode).HasMaxLength(4);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(r => r.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(r => r.EmployerId).OnDelete(DeleteBehavior.Restrict);

        // Erasing a job seeker erases their referrals (motivation, history, aftercare notes); the placement stays, without them.
        builder.HasOne<JobSeekerProfile>().WithMany().HasForeignKey(r => r.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ReferringOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(r => r.ReferredByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(r => r.ApprovedByUserId).OnDelete(DeleteBehavior.Restrict);

        // The same request sent twice with one idempotency key creates one referral (NULL keys never collide).
        builder.HasIndex(r => new { r.ReferredByUserId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.VacancyId, r.JobSeekerId });
        builder.HasIndex(r => new { r.OwnerOrganisationId, r.Status });
        builder.HasIndex(r => new { r.ReferringOrganisationId, r.Status });

        // The referral indicators join a period's steps to their referrals from this index alone (docs/adr/0020).
        builder.HasIndex(r => new { r.Id, r.RegionCode, r.ReferringOrganisationId, r.Status, r.RejectionReason }).HasDatabaseName("IX_Referrals_Indicators");

        // The offering region finds the referrals other regions made to its vacancies (Referrals/ReferralAccess).
        builder.HasIndex(r => new { r.VacancyRegionCode, r.VacancyId });
        builder.HasOne<VacancyOffer>().WithMany().HasForeignKey(r => r.VacancyOfferId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(r => r.History, h =>
        {
            h.ToTable("ReferralEvents");
            h.WithOwner().HasForeignKey("ReferralId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.Note).HasMaxLength(ReferralLimits.Note);
            h.HasOne<WerkbrugUser>().WithMany().HasForeignKey(x => x.ByUserId).OnDelete(DeleteBehavior.Restrict);
            h.HasOne<EmployerLink>().WithMany().HasForeignKey(x => x.ByEmployerLinkId).OnDelete(DeleteBehavior.Restrict);
            // The indicators count the steps of a period from this index alone (docs/adr/0020).
            h.HasIndex(nameof(ReferralEvent.To), nameof(ReferralEvent.AtUtc), "ReferralId");
            // Whether one referral took a step: a seek on both columns, never a scan of every referral's step of that kind.
            h.HasIndex("ReferralId", nameof(ReferralEvent.To));
        });
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements");
        builder.Property(p => p.RegionCode).HasMaxLength(4);
        builder.Property(p => p.ContractType).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Instrument).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(p => p.ReferralId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.PlacingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(p => p.ContactPersonUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ReferralId).IsUnique();
        builder.HasIndex(p => new { p.PlacingOrganisationId, p.StartDate });
        // The placements indicators group a period's placements by every breakdown from this index alone (docs/adr/0020).
        builder.HasIndex(p => new { p.StartDate, p.RegionCode, p.ContractType, p.Instrument, p.OwnerOrganisationId, p.PlacingOrganisationId, p.JobSeekerId, p.VacancyId })
            .HasDatabaseName("IX_Placements_Indicators");
    }
}

internal sealed class AftercareTaskConfiguration : IEntityTypeConfiguration<AftercareTask>
{
    public void Configure(EntityTypeBuilder<AftercareTask> builder)
    {
        builder.ToTable("AftercareTasks");
        builder.Property(t => t.RegionCode).HasMaxLength(4);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Checkpoint).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Label).HasMaxLength(ReferralLimits.TaskLabel);
        builder.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Placement>().WithMany().HasForeignKey(t => t.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(t => t.AssigneeUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(t => t.CompletedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.AssigneeUserId, t.CompletedOn, t.DueOn });
        builder.HasIndex(t => new { t.CompletedOn, t.DueOn });
        // Aftercare on time and feedback given, from the index alone (docs/adr/0020).
        builder.HasIndex(t => new { t.DueOn, t.RegionCode, t.Kind, t.CompletedOn }).HasDatabaseName("IX_AftercareTasks_Indicators");
        builder.HasIndex(t => new { t.ReferralId, t.Kind, t.CompletedOn, t.DueOn });
    }
}

internal sealed class EmployerLinkConfiguration : IEntityTypeConfiguration<EmployerLink>
{
    public void Configure(EntityTypeBuilder<EmployerLink> builder)
    {
        builder.ToTable("EmployerLinks");
        builder.Property(l => l.RegionCode).HasMaxLength(4);
        builder.Property(l => l.ContactName).HasMaxLength(ReferralLimits.ContactName);
        builder.Property(l => l.SecretHash).HasMaxLength(ReferralLimits.SecretHash);
        builder.HasOne<Region>().WithMany().HasForeignKey(l => l.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(l => l.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(l => l.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(l => l.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(l => l.RevokedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.VacancyId);
    }
}

internal sealed class AppliedInstrumentConfiguration : IEntityTypeConfiguration<AppliedInstrument>
{
    public void Configure(EntityTypeBuilder<AppliedInstrument> builder)
    {
        builder.ToTable("PlacementInstruments");
        builder.Property(a => a.RegionCode).HasMaxLength(4);
        builder.Property(a => a.InstrumentKey).HasMaxLength(Domain.Instruments.InstrumentLimits.Key);
        builder.Property(a => a.InstrumentName).HasMaxLength(Domain.Instruments.InstrumentLimits.Name);
        builder.Property(a => a.Amount).HasPrecision(12, 2);
        builder.Property(a => a.Note).HasMaxLength(AppliedInstrument.NoteLength);
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Placement>().WithMany().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(a => a.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.PlacementId, a.StartsOn });
    }
}
