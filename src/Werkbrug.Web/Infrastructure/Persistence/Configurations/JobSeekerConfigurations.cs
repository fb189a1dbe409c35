using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class JobSeekerProfileConfiguration : IEntityTypeConfiguration<JobSeekerProfile>
{
    public void Configure(EntityTypeBuilder<JobSeekerProfile> builder)
    {
        builder.ToTable("JobSeekers");
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.ExternalId).HasMaxLength(JobSeekerLimits.ExternalId);
        builder.Property(e => e.SourceSystem).HasMaxLength(TokenLimits.SourceSystem);
        builder.Property(e => e.Pseudonym).HasMaxLength(JobSeekerLimits.Pseudonym);
        builder.Property(e => e.GivenName).HasMaxLength(JobSeekerLimits.Name);
        builder.Property(e => e.Surname).HasMaxLength(JobSeekerLimits.Name);
        builder.Property(e => e.Email).HasMaxLength(JobSeekerLimits.Email);
        builder.Property(e => e.Phone).HasMaxLength(JobSeekerLimits.Phone);
        builder.Property(e => e.AddressLine).HasMaxLength(JobSeekerLimits.AddressLine);
        builder.Property(e => e.Postcode).HasMaxLength(JobSeekerLimits.Postcode);
        builder.Property(e => e.Pc4).HasMaxLength(4);
        builder.Property(e => e.BsnHash).HasMaxLength(64);
        builder.Property(e => e.WerkfitStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Benefit).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.WorkAndThinkingLevel).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(e => e.IsActive);

        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(e => e.CaseManagerUserId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(e => new { e.RegionCode, e.Pseudonym }).IsUnique();
        builder.HasIndex(e => new { e.OwnerOrganisationId, e.ExternalId }).IsUnique();
        // The job-seeker list walks an organisation's people in this order, and its name filter and count read the names
        // from the index alone instead of every row (the load benchmark's filtered list: 5 ms → 0.7 ms for the count).
        builder.HasIndex(e => new { e.RegionCode, e.OwnerOrganisationId, e.Surname, e.GivenName, e.Id }).HasDatabaseName("IX_JobSeekers_OrganisationNames");
        builder.HasIndex(e => new { e.RegionCode, e.BsnHash });

        // The placements indicators join each placement to its candidate's benefit from this index alone (docs/adr/0020).
        builder.HasIndex(e => new { e.Id, e.RegionCode, e.Benefit }).HasDatabaseName("IX_JobSeekers_Indicators");

        // The pool indicators count the pool on a day (and the daily snapshot writes it) from this index alone, walking it in
        // the order they group by (docs/adr/0042).
        builder.HasIndex(e => new { e.RegionCode, e.OwnerOrganisationId, e.Benefit, e.WerkfitStatus, e.RegisteredOn, e.DeregisteredOn, e.LastContactOn, e.UpdatedAtUtc })
            .HasDatabaseName("IX_JobSeekers_Pool");

        // The lists of a profile are JSON documents written and read by JsonListColumn, not owned entities (ADR 0054):
        // text on SQLite, jsonb on PostgreSQL (PostgresWerkbrugDb). The columns stay nullable as they were (making them
        // NOT NULL would rebuild the SQLite table outside a transaction); the migration filled any null with [], and every
        // write stores a document.
        JsonListColumn.Map(builder.Property(e => e.Competences)).IsRequired(false);
        JsonListColumn.Map(builder.Property(e => e.Languages)).IsRequired(false);
        JsonListColumn.Map(builder.Property(e => e.Education)).IsRequired(false);
        JsonListColumn.Map(builder.Property(e => e.WorkExperience)).IsRequired(false);
        JsonListColumn.Map(builder.Property(e => e.Skills)).IsRequired(false);
        builder.OwnsOne(e => e.Preferences, p =>
        {
            p.Property(x => x.MinHoursPerWeek).HasColumnName("MinHoursPerWeek");
            p.Property(x => x.MaxHoursPerWeek).HasColumnName("MaxHoursPerWeek");
            p.Property(x => x.MaxTravelKm).HasColumnName("MaxTravelKm");
            p.Property(x => x.MaxTravelMinutes).HasColumnName("MaxTravelMinutes");
            p.Property(x => x.Branches).HasColumnName("Branches");
            p.Property(x => x.ContractDurations).HasColumnName("ContractDurations");
            p.Property(x => x.AgreementTypes).HasColumnName("AgreementTypes");
            p.Property(x => x.IrregularHours).HasColumnName("IrregularHours");
            p.Property(x => x.WillingToRetrain).HasColumnName("WillingToRetrain");
            // Text on both providers: it was a converted column before ADR 0054, when EF could not map an owned JSON
            // collection inside an owned type that shares the table.
            JsonListColumn.Map(p.Property(x => x.DesiredOccupations).HasColumnName("DesiredOccupations"));
        });
        builder.Navigation(e => e.Preferences).IsRequired();
    }
}

/// <summary>
/// A list of domain records as one JSON column: an array of objects with the records' property names, enums as numbers,
/// dates as yyyy-MM-dd (the document EF Core wrote for the owned JSON collections these columns held before ADR 0054, so
/// stored profiles read the same). An empty column reads as an empty list. Change tracking compares the lists
/// element by element (<see cref="ListComparer{T}"/>); the records are immutable, so a shallow copy is a snapshot.
/// </summary>
internal static class JsonListColumn
{
    public static PropertyBuilder<List<T>> Map<T>(PropertyBuilder<List<T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasConversion(list => Write(list), json => Read<T>(json))
            .Metadata.SetValueComparer(new ListComparer<T>());
        return property;
    }

    public static string Write<T>(List<T> list) => JsonSerializer.Serialize(list);

    public static List<T> Read<T>(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json) ?? [];
}

/// <summary>
/// Consents belong to their profile: the foreign key cascades, so erasing the profile deletes them (free text
/// included) in the database. Every later table holding a job seeker's personal data must do the same.
/// </summary>
internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("Consents");
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.LegalBasis).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Categories).HasConversion<int>();
        builder.Property(e => e.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.OutsideRecipient).HasMaxLength(ConsentLimits.OutsideRecipient);
        builder.Property(e => e.Note).HasMaxLength(ConsentLimits.Note);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(ConsentLimits.Note);
        builder.Ignore(e => e.OutsideRegion);
        builder.Ignore(e => e.IsWithdrawn);

        builder.HasOne<JobSeekerProfile>().WithMany().HasForeignKey(e => e.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.JobSeekerId, e.RecipientOrganisationId });
    }
}

/// <summary>The placeholder of an erased profile: no foreign key to the profile (it is gone), none of its personal data.</summary>
internal sealed class ErasedJobSeekerConfiguration : IEntityTypeConfiguration<ErasedJobSeeker>
{
    public void Configure(EntityTypeBuilder<ErasedJobSeeker> builder)
    {
        builder.ToTable("ErasedJobSeekers");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.Pseudonym).HasMaxLength(JobSeekerLimits.Pseudonym);
        builder.Property(e => e.Reason).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RegionCode, e.Pseudonym }).IsUnique();
    }
}

internal sealed class PossibleDuplicateConfiguration : IEntityTypeConfiguration<PossibleDuplicate>
{
    public void Configure(EntityTypeBuilder<PossibleDuplicate> builder)
    {
        builder.ToTable("PossibleDuplicates");
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.HasIndex(e => new { e.ProfileAId, e.ProfileBId }).IsUnique();
        builder.HasIndex(e => e.ProfileBId);
        builder.HasOne<JobSeekerProfile>().WithMany().HasForeignKey(e => e.ProfileAId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobSeekerProfile>().WithMany().HasForeignKey(e => e.ProfileBId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcessingLogRecordConfiguration : IEntityTypeConfiguration<ProcessingLogRecord>
{
    public void Configure(EntityTypeBuilder<ProcessingLogRecord> builder)
    {
        // Compact (ADR 0016): trace id and hash as bytes, activity, action and result as small numbers. On PostgreSQL the
        // table is partitioned by month on AtUtc (hand-written in migration AuditGroupCommit).
        builder.ToTable("ProcessingLogRecords");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.TraceId).HasConversion(AuditColumns.Hex);
        builder.Property(e => e.ActivityCode).HasConversion(AuditColumns.Activity);
        builder.PrimitiveCollection(e => e.SubjectPseudonyms).ElementType(e => e.HasMaxLength(JobSeekerLimits.Pseudonym));
        builder.Property(e => e.Action).HasConversion<short>();
        builder.Property(e => e.Result).HasConversion<short>();
        builder.Property(e => e.Hash).HasConversion(AuditColumns.Hex);
        // No foreign keys: the log outlives the profiles, users and organisations it mentions.
        // The chain's order, paid once per read (ADR 0055, 0056). A subject's history (access requests) is found on
        // PostgreSQL through a GIN index on the subjects (PostgresWerkbrugDb); SQLite, for a small region, reads the region's
        // records. A request's records are found by time and trace id, which the user record holds.
        builder.HasIndex(e => new { e.RegionCode, e.Sequence }).IsUnique();
    }
}

internal sealed class UserAuditRecordConfiguration : IEntityTypeConfiguration<UserAuditRecord>
{
    public void Configure(EntityTypeBuilder<UserAuditRecord> builder)
    {
        builder.ToTable("UserAuditRecords");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.TraceId).HasConversion(AuditColumns.Hex);
        builder.Property(e => e.Roles).HasMaxLength(200);
        builder.Property(e => e.Path).HasMaxLength(300);
        builder.Property(e => e.ActivityCode).HasConversion(AuditColumns.Activity);
        builder.Property(e => e.Action).HasConversion<short>();
        builder.Property(e => e.Hash).HasConversion(AuditColumns.Hex);
        builder.HasIndex(e => new { e.RegionCode, e.Sequence }).IsUnique();
        builder.HasIndex(e => e.TraceId);
        builder.HasIndex(e => new { e.RegionCode, e.ActorUserId, e.AtUtc });
    }
}

/// <summary>How the audit logs store their hex strings (as bytes) and activity codes (as numbers).</summary>
internal static class AuditColumns
{
    public static readonly ValueConverter<string, byte[]> Hex = new(v => Convert.FromHexString(v), v => Convert.ToHexStringLower(v));

    public static readonly ValueConverter<string, short> Activity = new(v => ProcessingActivities.ToStored(v), v => ProcessingActivities.FromStored(v));
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.HasKey(e => e.RegionCode);
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.ProcessingHash).HasMaxLength(64);
        builder.Property(e => e.UserHash).HasMaxLength(64);
    }
}

internal sealed class RegionSecretConfiguration : IEntityTypeConfiguration<RegionSecret>
{
    public void Configure(EntityTypeBuilder<RegionSecret> builder)
    {
        builder.HasKey(e => new { e.RegionCode, e.Purpose });
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.Purpose).HasMaxLength(40);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
