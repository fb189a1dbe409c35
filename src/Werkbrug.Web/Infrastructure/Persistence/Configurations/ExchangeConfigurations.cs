using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Exchange;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class ExchangeChangeConfiguration : IEntityTypeConfiguration<ExchangeChange>
{
    public void Configure(EntityTypeBuilder<ExchangeChange> builder)
    {
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.RegionCode).HasMaxLength(4);
        builder.Property(c => c.ExternalId).HasMaxLength(JobSeekerLimits.ExternalId);
        builder.Property(c => c.ChangedBySource).HasMaxLength(TokenLimits.SourceSystem);
        builder.HasIndex(c => new { c.RegionCode, c.Kind, c.OwnerOrganisationId, c.Sequence });
    }
}

internal sealed class ExchangeDeliveryConfiguration : IEntityTypeConfiguration<ExchangeDelivery>
{
    public void Configure(EntityTypeBuilder<ExchangeDelivery> builder)
    {
        builder.Property(d => d.RegionCode).HasMaxLength(4);
        builder.Property(d => d.SourceSystem).HasMaxLength(TokenLimits.SourceSystem);
        builder.HasIndex(d => new { d.RegionCode, d.OrganisationId, d.SourceSystem, d.ReceivedAtUtc });
    }
}
