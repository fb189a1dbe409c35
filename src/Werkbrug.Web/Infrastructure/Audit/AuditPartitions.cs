using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>
/// PostgreSQL keeps the two audit logs in one partition per UTC month (ADR 0016), so an old month can be detached and
/// archived whole. Partitions are made ahead of time, at start-up and by the audit writer when a new month begins;
/// records of a month without its partition land in the default partition. SQLite keeps one table.
/// </summary>
public static class AuditPartitions
{
    /// <summary>How many months past the given one get their partitions in advance.</summary>
    public const int MonthsAhead = 3;

    /// <summary>Creates the partitions from <paramref name="utc"/>'s month to <see cref="MonthsAhead"/> months later that do not exist yet.</summary>
    public static Task EnsureAsync(WerkbrugDb db, DateTime utc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlAsync($"SELECT werkbrug_audit_partitions({utc}, {utc.AddMonths(MonthsAhead)})", cancellationToken)
            : Task.CompletedTask;
    }
}
