using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.KvkNumber).HasMaxLength(EmployerLimits.KvkNumber);
        builder.Property(e => e.TradeName).HasMaxLength(EmployerLimits.TradeName);
        builder.Property(e => e.NameKey).HasMaxLength(EmployerLimits.TradeName);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(e => e.AccountManagerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.AccountManagerTeamId).OnDelete(DeleteBehavior.SetNull);

        // One registration per KvK number per region; the same business may be registered in other regions.
        builder.HasIndex(e => new { e.RegionCode, e.KvkNumber }).IsUnique();
        builder.HasIndex(e => new { e.RegionCode, e.NameKey });
        // For the national-account count across regions (NationalPresence).
        builder.HasIndex(e => e.KvkNumber);

        builder.OwnsMany(e => e.Locations, l =>
        {
            l.ToTable("EmployerLocations");
            l.WithOwner().HasForeignKey("EmployerId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.AddressLine).HasMaxLength(EmployerLimits.AddressLine);
            l.Property(x => x.Postcode).HasMaxLength(EmployerLimits.Postcode);
            l.Property(x => x.Pc4).HasMaxLength(4);
            l.Property(x => x.MunicipalityName).HasMaxLength(EmployerLimits.MunicipalityName);
            l.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityName).OnDelete(DeleteBehavior.Restrict);
            l.HasIndex(x => x.Pc4);
        });

        builder.OwnsMany(e => e.ContactPersons, p =>
        {
            p.ToTable("EmployerContactPersons");
            p.WithOwner().HasForeignKey("EmployerId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Name).HasMaxLength(EmployerLimits.PersonName);
            p.Property(x => x.JobTitle).HasMaxLength(EmployerLimits.JobTitle);
            p.Property(x => x.Phone).HasMaxLength(EmployerLimits.Phone);
            p.Property(x => x.Email).HasMaxLength(EmployerLimits.Email);
        });

        builder.OwnsMany(e => e.Handovers, h =>
        {
            h.ToTable("EmployerAccountManagerHandovers");
            h.WithOwner().HasForeignKey("EmployerId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Reason).HasMaxLength(EmployerLimits.HandoverReason);
            h.HasOne<WerkbrugUser>().WithMany().HasForeignKey(x => x.ToUserId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(e => e.TargetGroupInterests, i =>
        {
            i.ToTable("EmployerTargetGroupInterests");
            i.WithOwner().HasForeignKey("EmployerId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.GroupCode).HasMaxLength(20);
            i.Property(x => x.Source).HasMaxLength(EmployerLimits.InterestSource);
        });
    }
}

internal sealed class ContactMomentConfiguration : IEntityTypeConfiguration<ContactMoment>
{
    public void Configure(EntityTypeBuilder<ContactMoment> builder)
    {
        builder.Property(c => c.RegionCode).HasMaxLength(4);
        builder.Property(c => c.Note).HasMaxLength(ContactMomentLimits.Note);
        builder.Property(c => c.FollowUp).HasMaxLength(ContactMomentLimits.FollowUp);
        builder.Property(c => c.Subject).HasMaxLength(ContactMomentLimits.Subject);
        builder.Property(c => c.ImportSource).HasMaxLength(ContactMomentLimits.ImportSource);
        builder.Property(c => c.ImportKey).HasMaxLength(ContactMomentLimits.ImportKey);
        builder.Property(c => c.ImportedAdviserName).HasMaxLength(ContactMomentLimits.ImportedAdviserName);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(c => c.AdviserUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The timeline and the recent-contact warning read one employer's contacts by date.
        builder.HasIndex(c => new { c.RegionCode, c.EmployerId, c.OccurredAtUtc });
        // An imported contact is imported once per region (ImportContactHistory; null for contacts logged here).
        builder.HasIndex(c => new { c.RegionCode, c.ImportKey }).IsUnique();
    }
}
