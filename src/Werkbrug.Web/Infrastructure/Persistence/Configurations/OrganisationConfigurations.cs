using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class ServicePointConfiguration : IEntityTypeConfiguration<ServicePoint>
{
    public void Configure(EntityTypeBuilder<ServicePoint> builder)
    {
        builder.Property(s => s.RegionCode).HasMaxLength(4);
        builder.Property(s => s.Name).HasMaxLength(ServicePointLimits.Name);
        builder.Property(s => s.Phone).HasMaxLength(ServicePointLimits.Phone);
        builder.Property(s => s.Email).HasMaxLength(ServicePointLimits.Email);
        builder.Property(s => s.Website).HasMaxLength(ServicePointLimits.Website);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.RegionCode, s.Name }).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.RegionCode).HasMaxLength(4);
        builder.Property(o => o.Name).HasMaxLength(OrganisationLimits.Name);
        builder.Property(o => o.MunicipalityName).HasMaxLength(100);
        builder.HasOne<ServicePoint>().WithMany().HasForeignKey(o => o.ServicePointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityName).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.RegionCode, o.Name }).IsUnique();
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.RegionCode).HasMaxLength(4);
        builder.Property(t => t.Name).HasMaxLength(TeamLimits.Name);
        builder.HasOne<ServicePoint>().WithMany().HasForeignKey(t => t.ServicePointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.RegionCode, t.Name }).IsUnique();
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<WerkbrugUser>
{
    public void Configure(EntityTypeBuilder<WerkbrugUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(UserLimits.DisplayName);
        builder.Property(u => u.RegionCode).HasMaxLength(4);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.Property(t => t.RegionCode).HasMaxLength(4);
        builder.Property(t => t.Name).HasMaxLength(TokenLimits.Name);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SourceSystem).HasMaxLength(TokenLimits.SourceSystem);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
