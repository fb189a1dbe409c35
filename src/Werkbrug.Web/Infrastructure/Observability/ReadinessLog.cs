using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Werkbrug.Web.Infrastructure.Observability;

/// <summary>
/// Logs readiness when it changes, once per change and check, instead of the health-check service's line per probe
/// (which appsettings.json turns off: it wrote an Error for every probe while a starting instance built its indexes, and
/// a deploy then looked like an incident). A check that has not yet been ready since start is starting: that is logged as
/// information. A check that was ready and no longer is, is an error; ready (again) is information.
/// </summary>
public sealed partial class ReadinessLog(ILogger<ReadinessLog> logger)
{
    private readonly Dictionary<string, HealthStatus> _last = new(StringComparer.Ordinal);
    private readonly HashSet<string> _beenReady = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Notes <paramref name="result"/> of the check <paramref name="check"/>, logs it if it differs from the last, and returns it.</summary>
    public HealthCheckResult Report(string check, HealthCheckResult result)
    {
        lock (_lock)
        {
            if (_last.TryGetValue(check, out var last) && last == result.Status)
            {
                return result;
            }

            _last[check] = result.Status;
            if (result.Status == HealthStatus.Healthy)
            {
                _beenReady.Add(check);
                LogReady(logger, check, result.Description ?? string.Empty);
            }
            else if (_beenReady.Contains(check))
            {
                LogNoLongerReady(logger, check, result.Description ?? string.Empty);
            }
            else
            {
                LogNotYetReady(logger, check, result.Description ?? string.Empty);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Readiness {Check}: ready. {Description}")]
    private static partial void LogReady(ILogger logger, string check, string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "Readiness {Check}: not ready yet since start. {Description}")]
    private static partial void LogNotYetReady(ILogger logger, string check, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "Readiness {Check}: no longer ready. {Description}")]
    private static partial void LogNoLongerReady(ILogger logger, string check, string description);
}
