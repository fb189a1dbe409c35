using System.Diagnostics;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Audit;

/// <summary>The audit log could not be written, so the personal data it would have covered is not returned.</summary>
public sealed class AuditLogUnavailableException(Exception inner)
    : Exception("The audit log could not be written; the processing of personal data was refused.", inner);

/// <summary>
/// What every handler calls before it hands out (or after it changes, before it saves) personal data: one
/// processing record per data subject and one user audit record per activity, with this request's trace id. Call it
/// BEFORE returning the data: when the write fails this throws <see cref="AuditLogUnavailableException"/>,
/// the request ends in a 500 and no personal data leaves the handler. A change pending in the request's
/// <see cref="WerkbrugDb"/> is saved in the same transaction as its records; a read's records go through the
/// <see cref="AuditWriter"/>, which commits concurrent reads together.
/// </summary>
public sealed partial class PersonalDataAudit(
    WerkbrugDb db, IAuditLogStore store, AuditWriter writer, IHttpContextAccessor http, TimeProvider clock, ILogger<PersonalDataAudit> logger)
{
    private string? _traceId;

    /// <summary>The W3C trace id of this request (the activity's, or a fresh one), shared by all its records.</summary>
    public string TraceId => _traceId ??= Activity.Current?.TraceId.ToHexString() ?? ActivityTraceId.CreateRandom().ToHexString();

    /// <summary>Records that <paramref name="subjectPseudonyms"/> were processed under <paramref name="activity"/>. No subjects: nothing to record.</summary>
    public Task RecordAsync(string activity, AuditAction action, IReadOnlyCollection<string> subjectPseudonyms, CancellationToken cancellationToken) =>
        RecordAsync(action, [(activity, subjectPseudonyms)], cancellationToken);

    /// <summary>
    /// Records that subjects of <paramref name="subjectRegion"/> were processed by someone of another region (a referral
    /// to a vacancy offered across regions): the records go to the subjects' region, so its log answers their access
    /// request; the records name the actor's organisation and roles as always.
    /// </summary>
    public async Task RecordForRegionAsync(string subjectRegion, string activity, AuditAction action, IReadOnlyCollection<string> subjectPseudonyms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjectPseudonyms);
        if (subjectPseudonyms.Count > 0)
        {
            await AppendAsync([Batch(activity, action, subjectPseudonyms, subjectRegion)], [], cancellationToken);
        }
    }

    /// <summary>Records one processing that touched subjects under several activities (a search that lists some by name, others pseudonymised), in one append.</summary>
    public Task RecordAsync(AuditAction action, IReadOnlyList<(string Activity, IReadOnlyCollection<string> SubjectPseudonyms)> processed, CancellationToken cancellationToken) =>
        RecordAsync(action, processed, [], cancellationToken);

    /// <summary>
    /// As <see cref="RecordAsync(AuditAction, IReadOnlyList{ValueTuple{string, IReadOnlyCollection{string}}}, CancellationToken)"/>,
    /// with <paramref name="alongside"/>: new rows that belong to this processing (a search's ranking record) and are
    /// committed with its audit records, in the same transaction, or not at all. A read's rows therefore share the group
    /// commit of the <see cref="AuditWriter"/> instead of costing a transaction of their own. With no subject to record,
    /// the rows are saved on their own.
    /// </summary>
    public async Task RecordAsync(
        AuditAction action, IReadOnlyList<(string Activity, IReadOnlyCollection<string> SubjectPseudonyms)> processed, IReadOnlyList<object> alongside, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processed);
        ArgumentNullException.ThrowIfNull(alongside);
        var batches = processed.Where(p => p.SubjectPseudonyms.Count > 0).Select(p => Batch(p.Activity, action, p.SubjectPseudonyms)).ToList();
        if (batches.Count > 0)
        {
            await AppendAsync(batches, alongside, cancellationToken);
        }
        else if (alongside.Count > 0)
        {
            db.AddRange(alongside);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task AppendAsync(List<AuditBatch> batches, IReadOnlyList<object> alongside, CancellationToken cancellationToken)
    {
        try
        {
            if (db.Database.CurrentTransaction is not null || db.ChangeTracker.HasChanges())
            {
                db.AddRange(alongside);
                await store.AppendAsync(batches, cancellationToken);
            }
            else
            {
                await writer.AppendAsync(batches, alongside, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRefused(logger, exception, TraceId, batches.Sum(b => b.SubjectPseudonyms.Count));
            throw new AuditLogUnavailableException(exception);
        }
    }

    private AuditBatch Batch(string activity, AuditAction action, IReadOnlyCollection<string> subjectPseudonyms, string? subjectRegion = null)
    {
        var scope = db.Scope;
        var region = subjectRegion ?? scope.RegionCode ?? throw new InvalidOperationException("Personal data is processed only in a region's scope.");
        var request = http.HttpContext?.Request;
        // Staff are named by user, organisation and roles; an employer acting through its link has none of these,
        // so the link names the actor instead.
        var roles = EmployerLinkClaims.LinkOf(scope) is { } link ? $"employer-link:{link}" : string.Join(',', Roles.All.Where(scope.IsInRole));
        return new AuditBatch(
            region, TraceId, activity, action, AuditResult.Success, [.. subjectPseudonyms.Distinct(StringComparer.Ordinal)],
            scope.OrganisationId, scope.UserId, roles,
            request is null ? "(no request)" : $"{request.Method} {request.PathBase}{request.Path}",
            clock.GetUtcNow().UtcDateTime);
    }

    [LoggerMessage(LogLevel.Error, "Audit log write failed for trace {TraceId} ({Subjects} subjects); the processing was refused")]
    private static partial void LogRefused(ILogger logger, Exception exception, string traceId, int subjects);
}
