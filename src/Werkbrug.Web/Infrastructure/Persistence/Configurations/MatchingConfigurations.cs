using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Matching;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> builder)
    {
        builder.ToTable("ShortlistEntries");
        builder.Property(s => s.RegionCode).HasMaxLength(4);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(s => s.VacancyId).OnDelete(DeleteBehavior.Cascade);

        // Erasing a job seeker erases their places on shortlists too.
        builder.HasOne<JobSeekerProfile>().WithMany().HasForeignKey(s => s.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(s => s.AddedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.VacancyId, s.JobSeekerId }).IsUnique();
    }
}

/// <summary>A ranking record keeps its entries as one JSON document; a vacancy's records are read newest first.</summary>
internal sealed class RankingRecordConfiguration : IEntityTypeConfiguration<RankingRecord>
{
    public void Configure(EntityTypeBuilder<RankingRecord> builder)
    {
        builder.ToTable("RankingRecords");
        builder.Property(r => r.RegionCode).HasMaxLength(4);
        builder.Property(r => r.TraceId).HasMaxLength(32);
        builder.Property(r => r.WeightsVersion).HasMaxLength(32);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(r => r.Entries, b => b.ToJson());
        builder.HasIndex(r => new { r.VacancyId, r.AtUtc });
    }
}

/// <summary>A region's weight versions: one number per version, so two coordinators saving at once cannot both win.</summary>
internal sealed class MatchingWeightSetConfiguration : IEntityTypeConfiguration<MatchingWeightSet>
{
    public void Configure(EntityTypeBuilder<MatchingWeightSet> builder)
    {
        builder.ToTable("MatchingWeightSets");
        builder.Property(w => w.RegionCode).HasMaxLength(4);
        builder.Property(w => w.Reason).HasMaxLength(MatchingWeightLimits.Reason);
        builder.HasOne<Region>().WithMany().HasForeignKey(w => w.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(w => w.ChangedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.RegionCode, w.Version }).IsUnique();
    }
}

/// <summary>Imported taxonomies: national, numbered from 1, the highest in force.</summary>
internal sealed class TaxonomyVersionConfiguration : IEntityTypeConfiguration<TaxonomyVersion>
{
    public void Configure(EntityTypeBuilder<TaxonomyVersion> builder)
    {
        builder.ToTable("TaxonomyVersions");
        builder.HasKey(t => t.Number);
        builder.Property(t => t.Number).ValueGeneratedNever();
        builder.Property(t => t.Source).HasMaxLength(TaxonomyVersionLimits.Source);
        builder.Property(t => t.Digest).HasMaxLength(64);
    }
}

/// <summary>The matching feed reads what changed since its watermark; these indexes keep that read small.</summary>
internal sealed class MatchingFeedIndexes : IEntityTypeConfiguration<JobSeekerProfile>, IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<JobSeekerProfile> builder) => builder.HasIndex(j => j.UpdatedAtUtc);

    public void Configure(EntityTypeBuilder<Vacancy> builder) => builder.HasIndex(v => v.LastActivityAtUtc);
}

internal sealed class MatchingTombstoneConfiguration : IEntityTypeConfiguration<MatchingTombstone>
{
    public void Configure(EntityTypeBuilder<MatchingTombstone> builder)
    {
        builder.ToTable("MatchingTombstones");
        builder.HasIndex(t => t.AtUtc);
    }
}
