using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Observability;

/// <summary>/health/live answers while the process runs; /health/ready checks the database and its migrations (and, with MatchingIndexesReadyCheck, the matching indexes).</summary>
public sealed class DatabaseReadyCheck(WerkbrugDb db, ReadinessLog log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        HealthCheckResult result;
        try
        {
            result = await CheckAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The health-check service's own log of a throwing check is off (ReadinessLog): report it here instead.
            result = HealthCheckResult.Unhealthy($"The database check failed ({exception.GetType().Name}).", exception);
        }

        return log.Report(context.Registration.Name, result);
    }

    private async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken)
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
