using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkbrug.Domain.Mail;

namespace Werkbrug.Web.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("OutboxMails");
        builder.Property(m => m.RegionCode).HasMaxLength(4);
        builder.Property(m => m.Kind).HasMaxLength(OutboxMailLimits.Kind);
        builder.Property(m => m.Recipient).HasMaxLength(OutboxMailLimits.Recipient);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMailLimits.Error);
        // A reminder or digest goes out once: a second one for the same subject, kind and day fails (NULLs never collide).
        builder.HasIndex(m => new { m.SubjectId, m.Kind, m.OnDate }).IsUnique();
        // The sender reads the pending mails that are due, oldest first.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
    }
}
