using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class JobSeekerContactConfiguration : IEntityTypeConfiguration<JobSeekerContact>
{
    public void Configure(EntityTypeBuilder<JobSeekerContact> builder)
    {
        builder.ToTable("JobSeekerContacts");
        builder.Property(e => e.RegionCode).HasMaxLength(4);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionCode).OnDelete(DeleteBehavior.Restrict);
        // The history goes with the profile when it is erased.
        builder.HasOne<JobSeekerProfile>().WithMany().HasForeignKey(e => e.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WerkbrugUser>().WithMany().HasForeignKey(e => e.ByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.JobSeekerId, e.OccurredOn });
    }
}
