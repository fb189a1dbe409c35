using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.Organisations;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.Property(i => i.RegionCode).HasMaxLength(4);
        builder.Property(i => i.Key).HasMaxLength(InstrumentLimits.Key);
        builder.Property(i => i.Name).HasMaxLength(InstrumentLimits.Name);
        builder.Property(i => i.Family).HasMaxLength(InstrumentLimits.Family);
        builder.Property(i => i.Provider).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Coverage).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LegalBasis).HasMaxLength(InstrumentLimits.LegalBasis);
        builder.Property(i => i.TargetGroups).HasMaxLength(InstrumentLimits.ShortText);
        builder.Property(i => i.Provides).HasMaxLength(InstrumentLimits.LongText);
        builder.Property(i => i.Duration).HasMaxLength(InstrumentLimits.ShortText);
        builder.Property(i => i.Conditions).HasMaxLength(InstrumentLimits.LongText);
        builder.Property(i => i.ApplicationSteps).HasMaxLength(InstrumentLimits.LongText);
        builder.Property(i => i.Contact).HasMaxLength(InstrumentLimits.ShortText);
        // The rules are data of the instrument, read and written whole: one JSON text column.
        builder.Property(i => i.Rules)
            .HasConversion(r => EligibilityRules.Serialize(r), json => EligibilityRules.Parse(json) ?? new List<EligibilityRule>())
            .Metadata.SetValueComparer(new ValueComparer<List<EligibilityRule>>(
                (a, b) => EligibilityRules.Serialize(a!) == EligibilityRules.Serialize(b!),
                r => EligibilityRules.Serialize(r).GetHashCode(StringComparison.Ordinal),
                r => EligibilityRules.Parse(EligibilityRules.Serialize(r))!));
        builder.HasOne<Region>().WithMany().HasForeignKey(i => i.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.RegionCode, i.Key }).IsUnique();
    }
}

internal sealed class InstrumentWatcherConfiguration : IEntityTypeConfiguration<InstrumentWatcher>
{
    public void Configure(EntityTypeBuilder<InstrumentWatcher> builder)
    {
        builder.Property(w => w.RegionCode).HasMaxLength(4);
        builder.HasKey(w => new { w.InstrumentId, w.UserId });
        builder.HasOne<Instrument>().WithMany().HasForeignKey(w => w.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Security.WerkbrugUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InstrumentChangeConfiguration : IEntityTypeConfiguration<InstrumentChange>
{
    public void Configure(EntityTypeBuilder<InstrumentChange> builder)
    {
        builder.Property(c => c.RegionCode).HasMaxLength(4);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(10);
        builder.OwnsMany(c => c.Fields, b => b.ToJson());
        builder.HasIndex(c => new { c.InstrumentId, c.AtUtc });
    }
}
