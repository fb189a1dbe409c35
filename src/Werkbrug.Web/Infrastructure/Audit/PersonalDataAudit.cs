using System.Diagnostics;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>The audit log could not be written, so the personal data it would have covered is not returned.</summary>
public sealed class AuditLogUnavailableException(Exception inner)
    : Exception("The audit log could not be written; the processing of personal data was refused.", inner);

/// <summary>
/// What every handler calls before it hands out (or after it changes, before it saves) personal data: one
/// processing record per data subject and one user audit record, with this request's trace id. Call it
/// BEFORE returning the data: when the write fails this throws <see cref="AuditLogUnavailableException"/>,
/// the request ends in a 500 and no personal data leaves the handler.
/// </summary>
public sealed partial class PersonalDataAudit(
    IAuditLogStore store, AccessScope scope, IHttpContextAccessor http, TimeProvider clock, ILogger<PersonalDataAudit> logger)
{
    private string? _traceId;

    /// <summary>The W3C trace id of this request (the activity's, or a fresh one), shared by all its records.</summary>
    public string TraceId => _traceId ??= Activity.Current?.TraceId.ToHexString() ?? ActivityTraceId.CreateRandom().ToHexString();

    /// <summary>Records that <paramref name="subjectPseudonyms"/> were processed under <paramref name="activity"/>. No subjects: nothing to record.</summary>
    public async Task RecordAsync(string activity, AuditAction action, IReadOnlyCollection<string> subjectPseudonyms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjectPseudonyms);
        if (subjectPseudonyms.Count == 0)
        {
            return;
        }

        var region = scope.RegionCode ?? throw new InvalidOperationException("Personal data is processed only in a region's scope.");
        var request = http.HttpContext?.Request;
        // Staff are named by user, organisation and roles; an employer acting through its link has none of these,
        // so the link names the actor instead.
        var roles = EmployerLinkClaims.LinkOf(scope) is { } link ? $"employer-link:{link}" : string.Join(',', Roles.All.Where(scope.IsInRole));
        var batch = new AuditBatch(
            region, TraceId, activity, action, AuditResult.Success, [.. subjectPseudonyms.Distinct(StringComparer.Ordinal)],
            scope.OrganisationId, scope.UserId, roles,
            request is null ? "(no request)" : $"{request.Method} {request.PathBase}{request.Path}",
            clock.GetUtcNow().UtcDateTime);
        try
        {
            await store.AppendAsync(batch, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRefused(logger, exception, TraceId, batch.SubjectPseudonyms.Count);
            throw new AuditLogUnavailableException(exception);
        }
    }

    [LoggerMessage(LogLevel.Error, "Audit log write failed for trace {TraceId} ({Subjects} subjects); the processing was refused")]
    private static partial void LogRefused(ILogger logger, Exception exception, string traceId, int subjects);
}
