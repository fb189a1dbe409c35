using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationTextConfiguration : IEntityTypeConfiguration<EvaluationText>
{
    public void Configure(EntityTypeBuilder<EvaluationText> builder)
    {
        builder.ToTable("EvaluationTexts");
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.Text).HasMaxLength(EvaluationLimits.Text);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(e => e.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RegionCode, e.Year }).IsUnique();
    }
}
