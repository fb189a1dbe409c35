using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Observability;

/// <summary>/health/live answers while the process runs; /health/ready checks the database and its migrations (and, with MatchingIndexesReadyCheck, the matching indexes).</summary>
public sealed class DatabaseReadyCheck(WerkbrugDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Database reachable, all migrations applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied.");
    }
}
