using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Part of /health/ready: an instance is not ready before its matching indexes are built (<see cref="MatchingIndexes.Ready"/>),
/// since a search would wait for them until then.
/// </summary>
public sealed class MatchingIndexesReadyCheck(MatchingIndexes indexes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(indexes.Ready.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy("Matching indexes built.")
            : HealthCheckResult.Unhealthy("The matching indexes are not built yet."));
}
