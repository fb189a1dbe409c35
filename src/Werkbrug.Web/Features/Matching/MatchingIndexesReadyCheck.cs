using Microsoft.Extensions.Diagnostics.HealthChecks;
using Werkbrug.Web.Infrastructure.Observability;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Part of /health/ready: an instance is not ready before its matching indexes are built and current
/// (<see cref="MatchingIndexes.IsCurrent"/>); until then a search answers 503.
/// </summary>
public sealed class MatchingIndexesReadyCheck(MatchingIndexes indexes, ReadinessLog log) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(log.Report(context.Registration.Name, indexes.IsCurrent
            ? HealthCheckResult.Healthy("Matching indexes built and current.")
            : HealthCheckResult.Unhealthy("The matching indexes are not built or not current.")));
    }
}
