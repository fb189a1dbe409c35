using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Notifications;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.Property(v => v.RegionCode).HasMaxLength(4);
        builder.Property(v => v.Title).HasMaxLength(VacancyLimits.Title);
        builder.Property(v => v.Occupation).HasMaxLength(VacancyLimits.Occupation);
        builder.Property(v => v.OccupationCode).HasMaxLength(VacancyLimits.OccupationCode);
        builder.Property(v => v.Description).HasMaxLength(VacancyLimits.Description);
        builder.Property(v => v.Schedule).HasMaxLength(VacancyLimits.Schedule);
        builder.Property(v => v.AddressLine).HasMaxLength(VacancyLimits.AddressLine);
        builder.Property(v => v.Postcode).HasMaxLength(VacancyLimits.Postcode);
        builder.Property(v => v.Pc4).HasMaxLength(4);
        builder.Property(v => v.MunicipalityName).HasMaxLength(VacancyLimits.MunicipalityName);
        builder.Property(v => v.ExternalId).HasMaxLength(VacancyLimits.ExternalId);
        builder.Property(v => v.SourceSystem).HasMaxLength(TokenLimits.SourceSystem);
        builder.Property(v => v.SbiSection).HasMaxLength(VacancyLimits.SbiSection);
        builder.Property(v => v.ContactName).HasMaxLength(VacancyLimits.ContactName);
        builder.Property(v => v.ContactPhone).HasMaxLength(VacancyLimits.ContactPhone);
        builder.Property(v => v.ContactEmail).HasMaxLength(VacancyLimits.ContactEmail);
        builder.Property(v => v.DrivingLicence).HasMaxLength(4);
        builder.HasOne<Region>().WithMany().HasForeignKey(v => v.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(v => v.AdviserUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(v => v.MunicipalityName).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IntakeRequest>().WithMany().HasForeignKey(v => v.IntakeRequestId).OnDelete(DeleteBehavior.SetNull);

        // The legacy id is unique per owner organisation in the region (the CSV import matches on it); nulls do not count.
        builder.HasIndex(v => new { v.RegionCode, v.OwnerOrganisationId, v.ExternalId }).IsUnique();
        builder.HasIndex(v => new { v.RegionCode, v.Status, v.LastActivityAtUtc });
        // The public feed and pages: the region's public vacancies, newest posting first.
        builder.HasIndex(v => new { v.RegionCode, v.IsPublic, v.PublicSinceUtc });
        builder.HasIndex(v => new { v.RegionCode, v.EmployerId });
        // The vacancy list walks the region's vacancies newest first (then title, id): its pages read this index instead of
        // sorting every vacancy of the region (the load benchmark's first page: 2 ms → 0.2 ms at national volume).
        builder.HasIndex(v => new { v.RegionCode, v.CreatedAtUtc, v.Title, v.Id }).IsDescending(false, true, false, false).HasDatabaseName("IX_Vacancies_List");

        // The placements indicators join each placement to its place of work from this index alone (docs/adr/0020).
        builder.HasIndex(v => new { v.Id, v.RegionCode, v.MunicipalityName }).HasDatabaseName("IX_Vacancies_Indicators");

        builder.OwnsMany(v => v.Tasks, t =>
        {
            t.ToTable("VacancyTasks");
            t.WithOwner().HasForeignKey("VacancyId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Description).HasMaxLength(VacancyLimits.TaskDescription);
        });

        builder.OwnsMany(v => v.Skills, s =>
        {
            s.ToTable("VacancySkills");
            s.WithOwner().HasForeignKey("VacancyId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Label).HasMaxLength(VacancyLimits.SkillLabel);
            s.Property(x => x.TaxonomyCode).HasMaxLength(VacancyLimits.SkillCode);
        });

        builder.OwnsMany(v => v.Competences, c =>
        {
            c.ToTable("VacancyCompetences");
            c.WithOwner().HasForeignKey("VacancyId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
        });

        builder.OwnsMany(v => v.StatusHistory, h =>
        {
            h.ToTable("VacancyStatusChanges");
            h.WithOwner().HasForeignKey("VacancyId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Note).HasMaxLength(VacancyLimits.Note);
            h.HasOne<WerkbrugUser>().WithMany().HasForeignKey(x => x.ByUserId).OnDelete(DeleteBehavior.Restrict);
            h.HasIndex(x => new { x.To, x.AtUtc });
        });

        builder.OwnsMany(v => v.Escalations, e =>
        {
            e.ToTable("VacancyEscalations");
            e.WithOwner().HasForeignKey("VacancyId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Reason).HasMaxLength(VacancyLimits.Reason);
            e.HasOne<WerkbrugUser>().WithMany().HasForeignKey(x => x.ByUserId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RegionCode).HasMaxLength(4);
        builder.Property(n => n.Kind).HasMaxLength(NotificationLimits.Kind);
        builder.Property(n => n.TextKey).HasMaxLength(NotificationLimits.TextKey);
        builder.Property(n => n.PlainText).HasMaxLength(NotificationLimits.PlainText);
        builder.Property(n => n.Link).HasMaxLength(NotificationLimits.Link);
        builder.Ignore(n => n.IsRead);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        // The unread count in the navigation and the list read one recipient's notifications, newest first.
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAtUtc, n.CreatedAtUtc });
    }
}
