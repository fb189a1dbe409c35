using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.RegionCode).HasMaxLength(4);
        builder.Property(s => s.TemplateKey).HasMaxLength(SurveyLimits.Key * 2);
        builder.Property(s => s.Title).HasMaxLength(SurveyLimits.Title);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyVersionConfiguration : IEntityTypeConfiguration<SurveyVersion>
{
    public void Configure(EntityTypeBuilder<SurveyVersion> builder)
    {
        builder.Property(v => v.RegionCode).HasMaxLength(4);
        builder.HasOne<Survey>().WithMany().HasForeignKey(v => v.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SurveyId, v.Number }).IsUnique();
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.Property(i => i.RegionCode).HasMaxLength(4);
        builder.Property(i => i.RecipientHash).HasMaxLength(64);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.Section).HasMaxLength(1);
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        // The public link finds its invitation by the token's hash.
        builder.HasIndex(i => i.TokenHash).IsUnique();
        // The once-per-period rule reads a survey's invitations per employer or address.
        builder.HasIndex(i => new { i.SurveyId, i.EmployerId });
        builder.HasIndex(i => new { i.SurveyId, i.RecipientHash });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.RegionCode).HasMaxLength(4);
        builder.Property(r => r.Section).HasMaxLength(1);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SurveyVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SurveyId, r.SubmittedOn });
    }
}

internal sealed class SurveyOptOutConfiguration : IEntityTypeConfiguration<SurveyOptOut>
{
    public void Configure(EntityTypeBuilder<SurveyOptOut> builder)
    {
        builder.Property(o => o.RegionCode).HasMaxLength(4);
        builder.Property(o => o.RecipientHash).HasMaxLength(64);
        builder.HasIndex(o => new { o.RegionCode, o.EmployerId });
        builder.HasIndex(o => new { o.RegionCode, o.RecipientHash });
    }
}

internal sealed class PopulationCountConfiguration : IEntityTypeConfiguration<PopulationCount>
{
    public void Configure(EntityTypeBuilder<PopulationCount> builder)
    {
        builder.Property(p => p.RegionCode).HasMaxLength(4);
        builder.Property(p => p.Section).HasMaxLength(1);
        builder.HasIndex(p => new { p.RegionCode, p.Year });
    }
}
